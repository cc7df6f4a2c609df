/** The newsroom's safety net for imports: the plausibility gate, and editors' review of what it holds. */
package org.strikedesk.review;
