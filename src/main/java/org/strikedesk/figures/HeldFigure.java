package org.strikedesk.figures;

import java.util.Objects;

/**
 * A figure from an import the plausibility gate held: stored, not published, and different from the figure
 * published for the same key (or with none published).
 *
 * @param figure the figure as the held file gives it
 * @param importId the held import
 * @param file the held import's file name
 * @param reason why the import is held: what looked wrong about this organisation in this strike, or else the
 *     first thing that looked wrong in the file
 */
public record HeldFigure(Figure figure, long importId, String file, String reason) {
    public HeldFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
