/** Benchmarks: how fast StrikeDesk is, each measure set against a floor measured in the same run. */
package org.strikedesk.bench;
