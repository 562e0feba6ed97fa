package org.kalamdb.jdbc.transport;

import java.util.Objects;

/** Where a channel goes: a network RPC listener or an in-process server. */
sealed interface ChannelTarget permits ChannelTarget.Network, ChannelTarget.InProcess {

    /** A KalamDB RPC listener reached over TCP with Netty. */
    record Network(HostPort address) implements ChannelTarget {
        public Network {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String toString() {
            return address.toString();
        }
    }

    /** An in-process server registered under {@code name} (the embedded jdbc:kalam:mem: server). */
    record InProcess(String name) implements ChannelTarget {
        public InProcess {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return "in-process:" + name;
        }
    }
}
