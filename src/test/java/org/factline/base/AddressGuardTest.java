package org.factline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The resolver URL import connects through: every answer is checked, and numbers read as browsers do. */
class AddressGuardTest {

    private static final AddressGuard.Lookup NO_DNS = host -> {
        throw new AssertionError("numeric host " + host + " went to DNS");
    };

    @Test
    void numeric_hosts_are_read_as_browsers_read_them() throws Exception {
        for (String loopback : new String[] {
            "127.0.0.1",
            "2130706433",
            "0177.0.0.1",
            "0x7f.0.0.1",
            "0x7f000001",
            "017700000001",
            "127.1",
            "127.0.1",
            "127.000.000.001",
            "0X7F.0.0.01",
            "127.0.0.1."
        }) {
            assertThat(AddressGuard.ipv4(loopback).getAddress()).as(loopback).containsExactly(127, 0, 0, 1);
        }
        assertThat(AddressGuard.ipv4("0300.0250.0.1").getAddress()).containsExactly(192, 168, 0, 1);
        assertThat(AddressGuard.ipv4("0").getAddress()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void impossible_numbers_are_no_address() {
        for (String bad :
                new String[] {"256.0.0.1", "1.2.3.4.5", "4294967296", "1.16777216", "08.0.0.1", "0x1g.0.0.1", "1..1"}) {
            assertThatThrownBy(() -> AddressGuard.ipv4(bad)).as(bad).isInstanceOf(UnknownHostException.class);
        }
    }

    @Test
    void internal_answers_are_refused_and_numeric_hosts_never_go_to_dns() {
        var guard = new AddressGuard(false, NO_DNS, AddressGuard::isInternal);
        for (String host : new String[] {
            "2130706433",
            "0177.0.0.1",
            "0.0.0.0",
            "0",
            "10.0.0.1",
            "0xa9.0xfe.0xa9.0xfe",
            "[::1]",
            "::1",
            "[fd12:3456::1]",
            "[fe80::1]",
            "[::ffff:127.0.0.1]",
            "[::ffff:192.168.1.1]",
            "[::]"
        }) {
            assertThatThrownBy(() -> guard.resolve(host))
                    .as(host)
                    .isInstanceOf(AddressGuard.InternalAddressException.class);
        }
    }

    @Test
    void one_internal_address_among_public_ones_is_enough_to_refuse() throws Exception {
        var guard = new AddressGuard(
                false,
                host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")},
                AddressGuard::isInternal);
        assertThatThrownBy(() -> guard.resolve("mixed.test")).isInstanceOf(AddressGuard.InternalAddressException.class);
    }

    @Test
    void every_lookup_is_checked_so_a_rebinding_name_is_refused_once_it_turns_private() throws Exception {
        var answers = new AtomicInteger();
        var guard = new AddressGuard(
                false,
                host -> new InetAddress[] {
                    InetAddress.getByName(answers.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1")
                },
                AddressGuard::isInternal);
        assertThat(guard.resolve("rebind.test"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThatThrownBy(() -> guard.resolve("rebind.test"))
                .isInstanceOf(AddressGuard.InternalAddressException.class);
    }

    @Test
    void the_intranet_setting_lets_internal_answers_through_unchanged() throws Exception {
        var guard = new AddressGuard(
                true, host -> new InetAddress[] {InetAddress.getByName("192.168.4.2")}, AddressGuard::isInternal);
        assertThat(guard.resolve("wiki.intranet"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("192.168.4.2");
        assertThat(guard.resolve("0177.0.0.1"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("127.0.0.1");
        assertThat(guard.resolve("[::1]"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("0:0:0:0:0:0:0:1");
    }

    @Test
    void an_empty_answer_is_never_passed_on() {
        var guard = new AddressGuard(true, host -> new InetAddress[0], AddressGuard::isInternal);
        // The client would otherwise hand the bare name to the socket, which resolves it unchecked.
        assertThatThrownBy(() -> guard.resolve("nothing.test")).isInstanceOf(UnknownHostException.class);
    }
}
