<?php
/**
 * Plugin Name: Allow loopback oEmbed providers (TEST MACHINES ONLY)
 * Description: Lets WordPress fetch oEmbed discovery and endpoints from 127.0.0.1/localhost on any port.
 *
 * TEST MACHINES ONLY. scripts/wordpress.sh copies this into the embed tests' WordPress as a must-use plugin.
 * WordPress's safe HTTP client (wp_safe_remote_get, which oEmbed discovery and fetches use) refuses loopback and
 * private addresses, and every port but 80, 443 and 8080 (wp_http_validate_url in wp-includes/http.php), so that a
 * post cannot make the server probe its own network. The tests serve the explainer on 127.0.0.1 at a random port, so
 * this opens exactly that: loopback hosts, any port. On a real site it would reopen that hole (SSRF).
 */

function toll_test_is_loopback($host) {
	return in_array(strtolower(trim($host, '[]')), ['127.0.0.1', 'localhost', '::1'], true);
}

add_filter('http_request_host_is_external', function ($external, $host) {
	return $external || toll_test_is_loopback($host);
}, 10, 2);

add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
	$port = parse_url($url, PHP_URL_PORT);
	if ($port && toll_test_is_loopback($host)) {
		$ports[] = $port;
	}
	return $ports;
}, 10, 3);
