package org.strikedesk.ingest.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.OptionType;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.ingest.FileLabel;
import org.strikedesk.ingest.ImportReplies;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.ingest.Importer;
import org.strikedesk.ingest.LimitedCopy;
import org.strikedesk.ingest.errors.Sizes;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Reply;
import org.strikedesk.store.StoreException;

/**
 * {@code /ingest file:}: imports an uploaded figures file and says what changed, or why it was rejected. For server
 * managers only. The upload is copied to a temporary file within the size limit; its name is only ever a label
 * ({@link FileLabel}).
 */
public final class UploadCommand implements SlashCommand {
    public static final String NAME = "ingest";

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME,
                    "Import a figures file (.xlsx or .csv) and see what changed",
                    OptionSpec.of(
                            Options.FILE,
                            "The figures file: tidy .csv or .xlsx, or an NHS England workbook",
                            OptionType.ATTACHMENT,
                            true))
            .forAdmins()
            .slow()
            .privately();

    private final Importer importer;
    private final ImportReplies replies;
    private final long maxBytes;

    public UploadCommand(Importer importer, Reference reference, long maxBytes) {
        this.importer = importer;
        this.replies = new ImportReplies(reference);
        this.maxBytes = maxBytes;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        var upload = request.upload(Options.FILE);
        if (upload.isEmpty()) {
            return Reply.error("No file", "Attach the figures file to /ingest as its file: option.");
        }
        String name = FileLabel.of(upload.get().fileName(), "upload");
        if (upload.get().size() > maxBytes) {
            long size = upload.get().size();
            return tooLarge(
                    name, "it is " + Sizes.describeBeside(size, maxBytes), Sizes.describeBeside(maxBytes, size));
        }
        String by = request.invoker().displayName() + " (" + request.invoker().userId() + ")";
        Path copy = null;
        try (InputStream in = upload.get().content().open()) {
            copy = LimitedCopy.toTempFile(in, maxBytes, "strikedesk-upload-");
            ImportReport report = importer.importFile(copy, name, ImportRoute.UPLOAD, by);
            return replies.of(report);
        } catch (LimitedCopy.TooLarge e) {
            return tooLarge(name, e.getMessage(), Sizes.describe(maxBytes));
        } catch (StoreException e) {
            if (e.problem().isEmpty()) {
                throw e;
            }
            // The path of the store is for the people who run the bot (it is in the log), not for the channel.
            return Reply.error(
                    "Not imported",
                    name + " was not imported: " + e.problem().get().kind().summary()
                            + "; nothing was imported. The people who run StrikeDesk can see why in its log; try"
                            + " again once they have fixed it.");
        } catch (IOException | UncheckedIOException | CompletionException e) {
            // Fetching an upload can fail wrapped as well as plain, depending on the platform.
            return Reply.error(
                    "Could not read the upload",
                    name + " could not be fetched or read (" + e.getMessage()
                            + "); nothing was imported. Try uploading it again.");
        } finally {
            deleteQuietly(copy);
        }
    }

    private static Reply tooLarge(String name, String why, String limit) {
        return Reply.error(
                "File too large",
                name + " was not imported: " + why + "; /ingest takes files up to " + limit
                        + ". A figures file is far smaller: is this the right file?");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
