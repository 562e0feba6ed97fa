package org.kalamdb.jdbc.transport;

/** The server a session currently talks to, and its reference to the channel there. */
record Connection(ChannelTarget target, ChannelLease lease) {}
