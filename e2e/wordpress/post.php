<?php
// Publishes a post in the embed tests' WordPress (scripts/wordpress.sh) as the user of a role, saved the way the
// editor saves it, and prints the post's URL:
//   php e2e/wordpress/post.php <role> <title> <content-file>
// WORDPRESS_HOST picks the site (default 127.0.0.1:8090).

[, $role, $title, $file] = $argv + [null, null, null, null];
$content = $file === null ? false : file_get_contents($file);
if ($content === false) {
	fwrite(STDERR, "usage: php post.php <role> <title> <content-file>\n");
	exit(2);
}

// Debian's wp-config.php reads /etc/wordpress/config-<host>.php, the host taken from the request's Host.
$_SERVER['HTTP_HOST'] = getenv('WORDPRESS_HOST') ?: '127.0.0.1:8090';
require '/usr/share/wordpress/wp-load.php';

$user = get_users(['role' => $role, 'number' => 1])[0] ?? null;
if (!$user) {
	fwrite(STDERR, "post.php: no user with the role '$role'\n");
	exit(1);
}

// kses_init (hooked to set_current_user, and to init, which ran with nobody logged in) adds wp_filter_post_kses to
// content_save_pre when the current user lacks unfiltered_html: authors lose <iframe> and <script>, editors keep
// them, as in the editor. Called again so that this holds whatever the hooks do.
wp_set_current_user($user->ID);
kses_init();

// wp_insert_post unslashes its input (it expects form data), so slash it: backslashes in the content survive.
$id = wp_insert_post(wp_slash([
	'post_title' => $title,
	'post_content' => $content,
	'post_status' => 'publish',
	'post_author' => $user->ID,
]), true);
if (is_wp_error($id)) {
	fwrite(STDERR, 'post.php: ' . $id->get_error_message() . "\n");
	exit(1);
}

// oEmbed results are cached in post meta (_oembed_<md5>, _oembed_time_<md5>) when the post is first shown: none may
// be there before the test looks, or it would see an old provider's answer.
foreach (array_keys(get_post_meta($id)) as $key) {
	if (str_starts_with($key, '_oembed_')) {
		delete_post_meta($id, $key);
	}
}

echo get_permalink($id), "\n";
