/** The bot's settings: records loaded from {@code config/strikedesk.json}, each validated as it is built. */
package org.strikedesk.config;
