/**
 * Questions in plain English ("how many appointments were cancelled at Lister in April?") read into the commands
 * that answer them, with the names and strike words the commands already understand; what is unclear is asked back.
 */
package org.strikedesk.questions;
