#!/usr/bin/env bash
# A real WordPress for the embed tests (e2e/wordpress.mjs): Debian's WordPress 6.1 on apache2 and MariaDB, at
# http://127.0.0.1:8090 (loopback only), titled "Newsroom test", with users admin, author and editor (each with its
# name as password) and the must-use plugin e2e/wordpress/allow-loopback.php. TEST MACHINES ONLY.
# Idempotent: each step checks what is already there; silent then, apart from the site's URL on stdout.
# `scripts/wordpress.sh --packages` only installs the packages, starting nothing (scripts/setup.sh does that).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || exec sudo "$0" "$@"   # every step writes system files
# service, a2ensite and apache2ctl live in sbin, which a user's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

PORT=${WORDPRESS_PORT:-8090}   # not 80 (deploy/nginx.conf) nor the test servers' random high ports
HOST=127.0.0.1:$PORT
WP=/usr/share/wordpress
CONTENT=/var/lib/wordpress/wp-content

say() { printf '\033[1m[wordpress]\033[0m %s\n' "$*" >&2; }
# Writes stdin to $1 when it differs from what is there; succeeds only if it wrote (so a caller knows to reload).
put() { local new; new=$(cat); [ "$(cat "$1" 2>/dev/null)" != "$new" ] || return 1; printf '%s\n' "$new" >"$1"; }

PKGS="wordpress wordpress-theme-twentytwentythree mariadb-server apache2 php php-mysql libapache2-mod-php"
missing=""
for p in $PKGS; do dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"; done
if [ -n "$missing" ]; then
  say "installing$missing (about a minute, once)"
  export DEBIAN_FRONTEND=noninteractive
  # The packages would start apache on port 80 and MariaDB by themselves; a policy-rc.d that refuses service starts
  # stops that (only while installing, and only if the machine has none of its own). Both are started below.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
  fi
  flock /tmp/apt.lock apt-get update -qq
  # shellcheck disable=SC2086  # a list of package names
  flock /tmp/apt.lock apt-get install -y -qq --no-install-recommends $PKGS >/dev/null
  [ -z "$policy" ] || rm -f "$policy"
fi
# `--packages`: only the installs (scripts/setup.sh); the test runs the rest.
[ "${1:-}" != --packages ] || exit 0

if ! mysqladmin ping --silent >/dev/null 2>&1; then
  say "starting MariaDB"
  service mariadb start >/dev/null
fi
mysql -e "CREATE DATABASE IF NOT EXISTS wordpress; CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';
          GRANT ALL ON wordpress.* TO 'wp'@'localhost'"

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php, the host without its port, for each request.
for name in 127.0.0.1 localhost; do
  put "/etc/wordpress/config-$name.php" <<PHP || true
<?php
// Written by scripts/wordpress.sh: the embed tests' WordPress (test machines only).
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '$CONTENT');
define('WP_HOME', 'http://$name:$PORT');
define('WP_SITEURL', 'http://$name:$PORT');
// Hermetic: no update checks, no oEmbed fetches, no other calls to the internet; only loopback (which the mu-plugin
// lets oEmbed reach on any port). And no cron requests spawned by page views.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1,localhost');
define('DISABLE_WP_CRON', true);
PHP
done

mkdir -p "$CONTENT/mu-plugins"
cmp -s e2e/wordpress/allow-loopback.php "$CONTENT/mu-plugins/allow-loopback.php" \
  || cp e2e/wordpress/allow-loopback.php "$CONTENT/mu-plugins/allow-loopback.php"

# apache: only this site, on loopback only (Debian's ports.conf would also listen on port 80 everywhere).
reload=""
if grep -q '^Listen 80$' /etc/apache2/ports.conf; then
  sed -i 's/^Listen 80$/# Listen 80   (off: scripts\/wordpress.sh, whose site listens on loopback only)/' /etc/apache2/ports.conf
  reload=1
fi
if put /etc/apache2/sites-available/wordpress-test.conf <<CONF; then reload=1; fi
# Written by scripts/wordpress.sh: the embed tests' WordPress (test machines only).
ServerName 127.0.0.1
Listen 127.0.0.1:$PORT
<VirtualHost 127.0.0.1:$PORT>
  DocumentRoot $WP
  DirectoryIndex index.php
  Alias /wp-content $CONTENT
  # WordPress answers /favicon.ico through its rewrite rules, which this site does not turn on: its own logo instead
  # of a 404 in every post's console.
  Alias /favicon.ico $WP/wp-includes/images/w-logo-blue-white-bg.png
  <Directory $WP>
    Options FollowSymLinks
    Require all granted
  </Directory>
  <Directory $CONTENT>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
CONF
if [ -e /etc/apache2/sites-enabled/000-default.conf ]; then a2dissite -q 000-default >/dev/null; reload=1; fi
if [ ! -e /etc/apache2/sites-enabled/wordpress-test.conf ]; then a2ensite -q wordpress-test >/dev/null; reload=1; fi
if [ -s /run/apache2/apache2.pid ] && kill -0 "$(cat /run/apache2/apache2.pid)" 2>/dev/null; then
  [ -z "$reload" ] || apachectl graceful
else
  say "starting apache on $HOST"
  apachectl start
fi

# The install and the users, through WordPress's own functions (as its installer does), if any is missing.
if [ "$(mysql -N wordpress -e "SELECT COUNT(*) FROM wp_users WHERE user_login IN ('admin','author','editor')" 2>/dev/null)" != 3 ]; then
  say "installing WordPress and its users"
  WORDPRESS_HOST=$HOST php <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = getenv('WORDPRESS_HOST');
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
function wp_new_blog_notification() {} // no mail to send it with
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
  wp_install('Newsroom test', 'admin', 'admin@example.com', true, '', 'admin');
  // ?p=ID links, whatever wp_install found to work (it tries /index.php/… ones over HTTP)
  $GLOBALS['wp_rewrite']->set_permalink_structure('');
  flush_rewrite_rules();
}
foreach (['author', 'editor'] as $role) {
  if (!username_exists($role)) {
    $id = wp_insert_user(['user_login' => $role, 'user_pass' => $role, 'user_email' => "$role@example.com", 'role' => $role]);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
  }
}
PHP
fi

echo "http://$HOST/"
