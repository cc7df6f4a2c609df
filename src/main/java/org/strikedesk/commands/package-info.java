/** The command framework: specs, options, requests, the registry, lookups of trusts and strikes, completions. */
package org.strikedesk.commands;
