/**
 * Who used a figure: the record of who was shown which figure values, where and when, and the corrections that name
 * them when a figure they used is revised.
 */
package org.strikedesk.audit;
