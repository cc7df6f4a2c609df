package org.strikedesk.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.ChartCard;
import org.strikedesk.replies.ChartMetric;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /chart trust: [metric:]}: a PNG bar chart of one measure across strikes, for a trust or England. */
public final class ChartCommand implements SlashCommand {
    public static final String NAME = "chart";

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME,
                    "A bar chart across strikes for a trust or England, as a picture",
                    Options.TRUST_OPTION,
                    OptionSpec.choices(
                            Options.METRIC,
                            "What to chart: rescheduled, inpatient, outpatient or peak staff absent (default: rescheduled)",
                            false,
                            Arrays.stream(ChartMetric.values())
                                    .map(metric -> new Choice(metric.choiceName(), metric.id()))
                                    .toList()))
            .slow();

    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;

    public ChartCommand(Lookups lookups, StrikeSelection selection, FigureQueries queries) {
        this.lookups = lookups;
        this.selection = selection;
        this.queries = queries;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        Optional<String> typed = request.option(Options.METRIC);
        Optional<ChartMetric> metric =
                typed.isEmpty() ? Optional.of(ChartMetric.ACUTE) : typed.flatMap(ChartMetric::byId);
        if (metric.isEmpty()) {
            return Reply.error(
                    "Which measure?",
                    "metric: can be " + ChartMetric.ids().stream().collect(Collectors.joining(", ")) + ", not \""
                            + Ellipsis.clip(typed.get(), 30) + "\".");
        }
        return lookups.organisation(request, Options.TRUST).then(org -> chart(org, metric.get()));
    }

    /** The chart of {@code metric} across every strike with figures for the organisation, or why there is none. */
    public Reply chart(Organisation org, ChartMetric metric) {
        List<StrikeFigures> history = queries.history(org.code());
        return history.isEmpty() ? selection.noFigures(org) : ChartCard.reply(org, metric, history);
    }
}
