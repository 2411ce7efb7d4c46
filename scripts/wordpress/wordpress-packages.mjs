// Debian's packages a WordPress site of the lane needs (scripts/test-wordpress.mjs, and
// scripts/wordpress/news-feeds.mjs, which made the converters' WordPress fixtures).
export const WORDPRESS_PACKAGES = [
  'wordpress',
  // A no-recommends install of wordpress has no theme without it.
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
];
