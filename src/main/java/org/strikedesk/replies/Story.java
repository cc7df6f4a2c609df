package org.strikedesk.replies;

import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.figures.Source;

/**
 * A draft local story in house style, ready to paste: a headline, a standfirst, paragraphs of copy and the sources
 * of every figure in it.
 *
 * @param headline one line
 * @param standfirst the sentence under the headline that says why the story matters
 * @param paragraphs the body, in order
 * @param sources the publications behind its figures, each once
 */
public record Story(String headline, String standfirst, List<String> paragraphs, List<Source> sources) {
    public Story {
        if (headline.isBlank() || standfirst.isBlank() || paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a story needs a headline, a standfirst and a body");
        }
        paragraphs = List.copyOf(paragraphs);
        sources = List.copyOf(sources);
    }

    /** The source lines that end the draft: "Source: The Comet, reporting NHS England data: URL". */
    public List<String> sourceLines() {
        return sources.stream()
                .map(source -> "Source: " + Publishers.line(source))
                .toList();
    }

    /** The whole draft as plain text: headline, standfirst, paragraphs and source lines, a blank line between. */
    public String text() {
        return headline + "\n\n" + standfirst + "\n\n" + String.join("\n\n", paragraphs) + "\n\n"
                + sourceLines().stream().collect(Collectors.joining("\n")) + "\n";
    }
}
