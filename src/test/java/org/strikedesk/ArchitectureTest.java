package org.strikedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The chat platform stays at the edge: only the Discord adapter knows JDA. */
@AnalyzeClasses(packages = "org.strikedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheDiscordAdapterImportsJda = noClasses()
            .that()
            .resideOutsideOfPackage("org.strikedesk.discord..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("net.dv8tion..")
            .because("commands, figures and replies are platform-neutral; only discord/ speaks JDA");

    @ArchTest
    static final ArchRule commandsDoNotOpenConnections = noClasses()
            .that()
            .resideInAPackage("org.strikedesk.commands..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because("a handler asks the figures layer; only stores touch SQL");
}
