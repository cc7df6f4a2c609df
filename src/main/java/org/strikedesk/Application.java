package org.strikedesk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.strikedesk.answers.ActionRouter;
import org.strikedesk.answers.CancellationsCommand;
import org.strikedesk.answers.ChartCommand;
import org.strikedesk.answers.CompareCommand;
import org.strikedesk.answers.ExportCommand;
import org.strikedesk.answers.HelpCommand;
import org.strikedesk.answers.NationalCommand;
import org.strikedesk.answers.QuoteCommand;
import org.strikedesk.answers.StaffCommand;
import org.strikedesk.answers.StatusCommand;
import org.strikedesk.answers.StoreStatus;
import org.strikedesk.answers.StoryCommand;
import org.strikedesk.answers.StrikesCommand;
import org.strikedesk.answers.TopCommand;
import org.strikedesk.answers.TrustCommand;
import org.strikedesk.audit.Audit;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.Completer;
import org.strikedesk.commands.KeptAnswers;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.config.BackupConfig;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.Home;
import org.strikedesk.config.IngestConfig;
import org.strikedesk.config.LayoutLoader;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.discord.BotBackend;
import org.strikedesk.figures.DataVersion;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.figures.HeldFigures;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.figures.StrikeStore;
import org.strikedesk.ingest.ImportHistory;
import org.strikedesk.ingest.Importer;
import org.strikedesk.ingest.ReferenceData;
import org.strikedesk.ingest.inbox.Inbox;
import org.strikedesk.ingest.inbox.InboxFolders;
import org.strikedesk.ingest.inbox.InboxWatcher;
import org.strikedesk.ingest.poll.PollStatus;
import org.strikedesk.ingest.poll.UrlPoller;
import org.strikedesk.ingest.read.FigureReaders;
import org.strikedesk.ingest.upload.UploadCommand;
import org.strikedesk.posts.PostSink;
import org.strikedesk.posts.Posts;
import org.strikedesk.questions.AskButtons;
import org.strikedesk.questions.QuestionDesk;
import org.strikedesk.questions.QuestionReader;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.ComparisonCard;
import org.strikedesk.replies.FigureCards;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.QuoteWriter;
import org.strikedesk.replies.RankingCard;
import org.strikedesk.replies.StoryWriter;
import org.strikedesk.review.Reviews;
import org.strikedesk.store.BackupSchedule;
import org.strikedesk.store.Database;

/**
 * StrikeDesk assembled: the store (created and loaded with the reference data on first use), the importer with its
 * routes (inbox, URL poller, uploads), the figures layer and the commands. The console and the Discord bot both run
 * on one of these; only the bot starts the inbox watcher and the poller.
 */
public final class Application implements BotBackend, AutoCloseable {
    /**
     * What the answers kept between imports may hold in memory: a few hundred lists with their CSV, or thousands of
     * cards; the bot answers within a 64 MB heap.
     */
    private static final long KEPT_ANSWERS_BYTES = 4L << 20;

    private final StrikeDeskConfig config;
    private final Database database;
    private final Reference reference;
    private final Importer importer;
    private final FigureQueries queries;
    private final ImportHistory history;
    private final StatusCommand status;
    private final Posts posts;
    private final Reviews reviews;
    private final Audit audit;
    private final ReleaseCalendar releases;
    private final FigureCards cards;
    private final CommandRegistry commands;
    private final Actions actions;
    private final QuestionDesk questions;
    private final Clock clock;
    private final Inbox inbox;
    private final InboxWatcher inboxWatcher;
    private final UrlPoller poller;
    private final Optional<BackupSchedule> backups;
    private final DataVersion dataVersion;

    private Application(
            StrikeDeskConfig config,
            Database database,
            Path databaseFile,
            Reference reference,
            FigureReaders readers,
            Clock clock,
            String version) {
        this.config = config;
        this.database = database;
        this.reference = reference;
        this.clock = clock;
        this.importer = new Importer(database, reference::directory, reference::calendar, readers, clock);
        FiguresStore figures = new FiguresStore(database);
        this.importer.afterCommit(figures::changed);
        Runnable calendarChanged = () -> {
            reference.replaceCalendar(new StrikeStore(database).load());
            figures.changed();
        };
        this.importer.afterCalendarChange(calendarChanged);
        // Another process's change may be to the calendar or to figures: both are read again.
        this.dataVersion = new DataVersion(database, calendarChanged);
        this.queries = new FigureQueries(figures, new HeldFigures(database), reference::calendar);
        this.history = new ImportHistory(database);
        this.releases = new ReleaseCalendar(config.releases().expectedWithin(), clock);
        this.status = new StatusCommand(history, figures, queries, releases, clock, version);
        StoreStatus store = new StoreStatus(clock);
        database.addWriteListener(store);
        status.addContributor(store);
        IngestConfig ingest = config.ingest();
        this.inbox = new Inbox(InboxFolders.of(ingest, Home.directory()), importer, clock, ingest.settle());
        this.inboxWatcher = new InboxWatcher(inbox, ingest.inboxRescan(), ingest.settle());
        this.poller = UrlPoller.of(ingest, database, importer, clock);
        BackupConfig backup = config.backup();
        this.backups = backup.every()
                .map(every -> new BackupSchedule(
                        databaseFile, Home.resolve(backup.directory()), every, backup.keep(), clock));
        if (!ingest.poll().isEmpty()) {
            status.addContributor(new PollStatus(poller::states, clock));
        }
        HouseStyle style = new HouseStyle(config.style());
        this.cards = new FigureCards(style);
        this.posts = new Posts(config.posts(), database, reference, queries, cards, importer, releases, clock);
        this.status.addContributor(posts.status());
        this.reviews = new Reviews(config.review(), database, reference, queries, importer, clock);
        this.status.addContributor(reviews.status());
        this.audit = new Audit(config.audit(), config.review(), database, reference, importer, clock);
        Lookups lookups = new Lookups(reference);
        StrikeSelection selection = new StrikeSelection(queries, reference, releases);
        QuoteCommand quote = new QuoteCommand(lookups, selection, new QuoteWriter(style));
        ChartCommand chart = new ChartCommand(lookups, selection, queries);
        StoryCommand story = new StoryCommand(reference, lookups, selection, queries, new StoryWriter(style));
        this.commands = registry(
                style,
                lookups,
                selection,
                quote,
                story,
                chart,
                new KeptAnswers(figures::generation, releases::today, KEPT_ANSWERS_BYTES));
        this.questions = new QuestionDesk(new QuestionReader(reference, selection), commands);
        this.actions = new AskButtons(
                questions,
                new ActionRouter(
                        reference, selection, quote, story, chart, reviews.decisions(), audit.uses(), commands));
    }

    /**
     * Opens the store at {@code databaseFile} and brings the reference data in {@code dataDirectory} into it.
     *
     * @param config the settings
     * @param databaseFile the SQLite file, created when missing
     * @param dataDirectory the folder of shipped reference files
     * @param clock the time source (tests pass a fixed one)
     */
    public static Application open(StrikeDeskConfig config, Path databaseFile, Path dataDirectory, Clock clock)
            throws IOException {
        Database database = Database.open(databaseFile, config.data().busyTimeout());
        try {
            // The shipped figures are CSV; the readers for every route need the strike calendar they load.
            Reference reference = new ReferenceData(dataDirectory, database, clock).load(FigureReaders.csvOnly());
            Path layouts = Home.resolve(config.ingest().layouts());
            FigureReaders readers =
                    FigureReaders.standard(config.ingest(), new LayoutLoader().loadAll(layouts), reference::calendar);
            Application app =
                    new Application(config, database, databaseFile, reference, readers, clock, Version.current());
            // Records of who was shown which figures last audit.keep, whether or not the bot runs.
            app.audit.forget();
            return app;
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Every command, in the order /help lists them: figures first, then the calendar, directory and admin. */
    private CommandRegistry registry(
            HouseStyle style,
            Lookups lookups,
            StrikeSelection selection,
            QuoteCommand quote,
            StoryCommand story,
            ChartCommand chart,
            KeptAnswers kept) {
        List<SlashCommand> all = new ArrayList<>();
        all.add(new CancellationsCommand(lookups, selection, queries, cards));
        all.add(new NationalCommand(selection, queries, cards));
        all.add(new StaffCommand(lookups, selection, queries));
        all.add(new CompareCommand(lookups, selection, queries, new ComparisonCard(style)));
        all.add(new TopCommand(reference, lookups, selection, queries, new RankingCard(style)));
        all.add(quote);
        all.add(story);
        all.add(chart);
        all.add(new ExportCommand(reference, lookups, selection, queries));
        all.add(new StrikesCommand(reference, queries, releases));
        all.add(new TrustCommand(reference, lookups, queries));
        all.addAll(posts.commands(lookups, reference));
        all.addAll(reviews.commands());
        all.addAll(audit.commands(lookups));
        all.add(status);
        all.add(new UploadCommand(importer, reference, config.ingest().maxFileBytes()));
        all.add(new HelpCommand(() -> this.commands));
        return new CommandRegistry(
                all,
                new Completer(reference, queries::coverage),
                reviews.editors(),
                audit.uses(),
                lookups::readAs,
                kept);
    }

    public StrikeDeskConfig config() {
        return config;
    }

    @Override
    public Database database() {
        return database;
    }

    public Reference reference() {
        return reference;
    }

    public Importer importer() {
        return importer;
    }

    public FigureQueries queries() {
        return queries;
    }

    public ImportHistory history() {
        return history;
    }

    public StatusCommand status() {
        return status;
    }

    public Posts posts() {
        return posts;
    }

    /** Who was shown which figures, and the corrections that name them. */
    public Audit audit() {
        return audit;
    }

    /** Editors' review of what the plausibility gate holds. */
    public Reviews reviews() {
        return reviews;
    }

    @Override
    public CommandRegistry commands() {
        return commands;
    }

    /** Answers pressed buttons from their ids: the buttons of answers, and the choices offered with questions. */
    @Override
    public Actions actions() {
        return actions;
    }

    /** Answers questions in plain English, through the commands. */
    @Override
    public QuestionDesk questions() {
        return questions;
    }

    @Override
    public DiscordConfig discordConfig() {
        return config.discord();
    }

    @Override
    public void startPosting(PostSink sink, ScheduledExecutorService executor) {
        posts.start(sink, executor, dataVersion::catchUp);
        audit.startForgetting(executor);
        dataVersion.start(executor);
    }

    /** What notices changes other StrikeDesk processes make to the figures and the calendar. */
    public DataVersion dataVersion() {
        return dataVersion;
    }

    public Clock clock() {
        return clock;
    }

    /** The inbox the config names. */
    public Inbox inbox() {
        return inbox;
    }

    /** The poller of the URLs the config lists. */
    public UrlPoller poller() {
        return poller;
    }

    /** The scheduled backups, when {@code backup.every} asks for them. */
    public Optional<BackupSchedule> backups() {
        return backups;
    }

    /**
     * Starts what works unasked while the bot runs: the inbox watcher, the URL poller and the scheduled backups.
     */
    public void startWatching() throws IOException {
        inboxWatcher.start();
        poller.start();
        backups.ifPresent(BackupSchedule::start);
    }

    /** Stops what {@link #startWatching} started; each finishes what it is doing first. */
    public void stopWatching() {
        inboxWatcher.stop();
        poller.stop();
        backups.ifPresent(BackupSchedule::stop);
    }

    @Override
    public void close() {
        stopWatching();
        audit.close();
        database.close();
    }
}
