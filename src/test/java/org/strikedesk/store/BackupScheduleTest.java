package org.strikedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.support.MutableClock;

class BackupScheduleTest {
    @TempDir
    Path folder;

    @DisplayName("Each backup is named by its time in UTC, and only the newest `keep` of them stay")
    @Test
    void namesAndKeeps() throws IOException {
        Path store = folder.resolve("strikedesk.db");
        Database.open(store).close();
        Path backups = folder.resolve("backups");
        Files.createDirectories(backups);
        Path unrelated = Files.writeString(backups.resolve("notes.txt"), "not a backup");
        MutableClock clock = MutableClock.at("2026-11-29T14:00:00Z");
        BackupSchedule schedule = new BackupSchedule(store, backups, Duration.ofHours(6), 2, clock);

        for (int i = 0; i < 3; i++) {
            BackupSchedule.Backup backup = schedule.backUpNow();
            assertThat(StoreCopies.check(backup.file())).isInstanceOf(StoreCheck.Usable.class);
            clock.advance(Duration.ofHours(6));
        }

        assertThat(schedule.backups())
                .extracting(file -> file.getFileName().toString())
                .containsExactly("strikedesk-20261130T020000Z.db", "strikedesk-20261129T200000Z.db");
        assertThat(schedule.last())
                .hasValueSatisfying(
                        last -> assertThat(last.file()).isEqualTo(backups.resolve("strikedesk-20261130T020000Z.db")));
        assertThat(unrelated).exists();
        assertThat(backups.toFile().list()).hasSize(3);
    }

    @DisplayName("After a restart the next backup is due one interval after the newest in the folder, or at once")
    @Test
    void dueAfterTheNewest() throws IOException {
        Path store = folder.resolve("strikedesk.db");
        Database.open(store).close();
        Path backups = folder.resolve("backups");
        MutableClock clock = MutableClock.at("2026-11-29T14:00:00Z");
        BackupSchedule schedule = new BackupSchedule(store, backups, Duration.ofHours(6), 7, clock);
        assertThat(schedule.untilNext()).isZero();

        schedule.backUpNow();
        clock.advance(Duration.ofHours(2));
        assertThat(new BackupSchedule(store, backups, Duration.ofHours(6), 7, clock).untilNext())
                .isEqualTo(Duration.ofHours(4));
        clock.advance(Duration.ofHours(5));
        assertThat(new BackupSchedule(store, backups, Duration.ofHours(6), 7, clock).untilNext())
                .isZero();
    }

    @DisplayName("Started, it takes the first backup at once when the folder has none, and stops when asked")
    @Test
    void startAndStop() throws IOException {
        Path store = folder.resolve("strikedesk.db");
        Database.open(store).close();
        Path backups = folder.resolve("backups");
        BackupSchedule schedule =
                new BackupSchedule(store, backups, Duration.ofMinutes(1), 2, MutableClock.at("2026-11-29T14:00:00Z"));

        schedule.start();
        Awaitility.await("the first backup")
                .atMost(Duration.ofSeconds(30))
                .until(() -> schedule.last().isPresent());
        schedule.stop();

        assertThat(schedule.backups()).containsExactly(backups.resolve("strikedesk-20261129T140000Z.db"));
        assertThat(schedule.lastFailure()).isEmpty();
    }

    @DisplayName("A backup that fails is logged and remembered, and the schedule goes on")
    @Test
    void failure() {
        Path missing = folder.resolve("no-store.db");
        BackupSchedule schedule = new BackupSchedule(
                missing, folder.resolve("backups"), Duration.ofMinutes(1), 2, MutableClock.at("2026-11-29T14:00:00Z"));

        schedule.start();
        Awaitility.await("the failure")
                .atMost(Duration.ofSeconds(30))
                .until(() -> schedule.lastFailure().isPresent());
        schedule.close();

        assertThat(schedule.lastFailure()).contains("There is no store at " + missing + " to back up");
        assertThat(schedule.last()).isEmpty();
    }
}
