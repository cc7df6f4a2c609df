package org.strikedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers, from the top: the command line (which assembles everything), the adapters to a platform, the
 * features, the command framework and replies, the settings, the domain, the store. A layer uses only layers below
 * it; no package depends on itself in a circle; the chat platform stays at the edge.
 */
@AnalyzeClasses(packages = "org.strikedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Command line")
            .definedBy("org.strikedesk")
            .layer("Adapters")
            .definedBy("org.strikedesk.discord..", "org.strikedesk.console..", "org.strikedesk.health..")
            .layer("Features")
            .definedBy(
                    "org.strikedesk.answers..",
                    "org.strikedesk.posts..",
                    "org.strikedesk.ingest..",
                    "org.strikedesk.review..",
                    "org.strikedesk.audit..",
                    "org.strikedesk.questions..")
            .layer("Framework")
            .definedBy("org.strikedesk.commands..", "org.strikedesk.replies..")
            .layer("Settings")
            .definedBy("org.strikedesk.config..")
            .layer("Domain")
            .definedBy("org.strikedesk.reference..", "org.strikedesk.figures..", "org.strikedesk.trusts..")
            .layer("Store")
            .definedBy("org.strikedesk.store..")
            .whereLayer("Command line")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters")
            .mayOnlyBeAccessedByLayers("Command line")
            .whereLayer("Features")
            .mayOnlyBeAccessedByLayers("Command line", "Adapters")
            .whereLayer("Framework")
            .mayOnlyBeAccessedByLayers("Command line", "Adapters", "Features")
            .whereLayer("Settings")
            .mayOnlyBeAccessedByLayers("Command line", "Adapters", "Features", "Framework")
            .whereLayer("Domain")
            .mayOnlyBeAccessedByLayers("Command line", "Adapters", "Features", "Framework", "Settings")
            .because("a layer builds on the ones below it, so each can be read and changed without those above");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.strikedesk.(**)")
            .should()
            .beFreeOfCycles()
            .because("packages that need each other cannot be understood, tested or moved one at a time");

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
            .resideInAnyPackage("org.strikedesk.commands..", "org.strikedesk.answers..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because("a handler asks the figures layer; only stores touch SQL");

    @ArchTest
    static final ArchRule featuresDoNotKnowEachOtherBackwards = noClasses()
            .that()
            .resideInAPackage("org.strikedesk.ingest..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.strikedesk.posts..",
                    "org.strikedesk.answers..",
                    "org.strikedesk.review..",
                    "org.strikedesk.audit..",
                    "org.strikedesk.questions..")
            .because("posts, answers, review, the audit and questions follow imports; an import knows only the gate it"
                    + " is given");
}
