package dev.newsmon.events.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only IP literals and "localhost" (answered from the hosts file): these tests never ask a DNS server. */
class AddressGuardTest {

    private final AddressGuard strict = AddressGuard.strict();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/feed                      | loopback",
            "http://127.8.9.10:8080/feed                | loopback",
            "http://localhost:8081/api                  | loopback",
            "http://[::1]/feed                          | loopback",
            "http://10.0.0.1/feed                       | private",
            "http://10.255.255.254/feed                 | private",
            "http://172.16.0.1/feed                     | private",
            "http://172.31.255.255/feed                 | private",
            "http://192.168.1.20/feed                   | private",
            "http://169.254.169.254/latest/meta-data/   | link-local (cloud metadata)",
            "http://[fe80::1]/feed                      | link-local",
            "http://[fc00::1]/feed                      | unique-local",
            "http://[fd12:3456:789a::1]/feed            | unique-local",
            "http://[::ffff:127.0.0.1]/feed             | loopback",
            "http://[::ffff:10.1.2.3]/feed              | private",
            "http://[::ffff:169.254.169.254]/feed       | link-local",
            "http://0.0.0.0/feed                        | unspecified",
            "http://100.64.0.1/feed                     | carrier-grade NAT",
            "http://224.0.0.1/feed                      | multicast",
            "http://240.0.0.1/feed                      | reserved",
    })
    void refusesInternalAddresses(String url, String reason) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOfSatisfying(RefusedAddressException.class, e -> assertThat(e.url()).isEqualTo(url))
                .hasMessageContaining("refused " + url)
                .hasMessageContaining(reason)
                .hasMessageContaining("allow-list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/feed.xml", "https://8.8.8.8/", "http://172.32.0.1/",
            "http://172.15.255.255/", "http://192.169.0.1/", "https://[2001:4860:4860::8888]/feed",
            "http://100.128.0.1/"})
    void allowsPublicAddresses(String url) {
        assertThat(strict.check(url)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://93.184.215.14/feed", "gopher://127.0.0.1/", "jar:http://x/!/",
            "//93.184.215.14/feed", "/relative"})
    void refusesEverySchemeButHttpAndHttps(String url) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("only http and https URLs are allowed");
    }

    @Test
    void refusesUrlsWithoutHostOrThatDoNotParse() {
        assertThatThrownBy(() -> strict.check("http:///no-host")).hasMessageContaining("URL has no host");
        assertThatThrownBy(() -> strict.check("http://exa mple/")).hasMessageContaining("not a valid URL");
    }

    @Test
    void allowListByCidrOpensOnlyThatRange() {
        AddressGuard guard = new AddressGuard(List.of("10.0.0.0/8", " ", "::1/128"));

        assertThat(guard.check("http://10.20.30.40/feed")).isNotEmpty();
        assertThat(guard.check("http://[::1]:8080/")).isNotEmpty();
        assertThatThrownBy(() -> guard.check("http://192.168.0.1/")).hasMessageContaining("private");
        assertThatThrownBy(() -> guard.check("http://127.0.0.1/")).hasMessageContaining("loopback");
    }

    @Test
    void allowListCoversTheLocalDemoRange() {
        AddressGuard guard = new AddressGuard(List.of("127.0.0.0/8", "::1"));
        assertThat(guard.check("http://127.0.0.1:8083/hook")).isNotEmpty();
    }

    @Test
    void cidrPrefixesThatAreNotByteAligned() {
        AddressGuard guard = new AddressGuard(List.of("172.16.0.0/12"));
        assertThat(guard.check("http://172.31.1.1/")).isNotEmpty();
        assertThatThrownBy(() -> guard.check("http://10.0.0.1/")).isInstanceOf(RefusedAddressException.class);
        assertThat(new AddressGuard(List.of("192.168.1.128/25")).check("http://192.168.1.200/")).isNotEmpty();
        assertThatThrownBy(() -> new AddressGuard(List.of("192.168.1.128/25")).check("http://192.168.1.100/"))
                .hasMessageContaining("192.168.1.100");
    }

    @Test
    void allowListByHostNameIsCaseInsensitiveAndExact() {
        AddressGuard guard = new AddressGuard(List.of("LocalHost"));

        assertThat(guard.check("http://localhost:9999/feed")).isNotEmpty();
        assertThatThrownBy(() -> guard.check("http://127.0.0.1:9999/feed"))
                .as("the name is allowed, not every address it resolves to")
                .hasMessageContaining("loopback");
    }

    @Test
    void rejectsAMalformedAllowList() {
        assertThatThrownBy(() -> new AddressGuard(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new AddressGuard(List.of("10.0.0.0/x"))).hasMessageContaining("not a CIDR range");
    }
}
