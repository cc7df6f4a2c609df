package org.strikedesk.ingest.guard;

import org.strikedesk.config.IngestConfig;

/**
 * How big a file may be, and how much a workbook may unpack to, before StrikeDesk refuses to read it.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxUncompressedBytes the most a workbook's parts may add up to once unzipped
 * @param maxCompressionRatio how many times smaller a part may be zipped than unzipped
 * @param maxRows the most rows one worksheet may have
 * @param maxColumns the most columns one worksheet may have
 */
public record WorkbookLimits(
        long maxFileBytes, long maxUncompressedBytes, int maxCompressionRatio, int maxRows, int maxColumns) {

    /** The limits the config sets. */
    public static WorkbookLimits of(IngestConfig config) {
        return new WorkbookLimits(
                config.maxFileBytes(),
                config.maxUncompressedBytes(),
                config.maxCompressionRatio(),
                config.maxRows(),
                config.maxColumns());
    }
}
