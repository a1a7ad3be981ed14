--TEST--
Module: phpinfo shows version, library versions (libcurl, jansson, libcrypto, utf8proc), TLS backend, HTTP/2 and the INI table
--EXTENSIONS--
calbook
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
$start = strpos($info, "\ncalbook\n");
$section = substr($info, $start, 2000);
foreach (['calbook support => enabled', 'Version => 0.1.0', 'libcurl (compiled) =>', 'libcurl (loaded) =>',
          'jansson (compiled) =>', 'jansson (loaded) =>', 'OpenSSL libcrypto (loaded) =>', 'utf8proc (loaded) =>',
          'Unicode (utf8proc) =>', 'TLS backend =>', 'HTTP/2 =>',
          'calbook.timeout_ms => 30000', 'calbook.connect_timeout_ms => 5000', 'calbook.max_response_bytes => 16777216',
          'calbook.max_retries => 2', 'calbook.ca_file =>', 'calbook.persistent => 1'] as $needle) {
    echo str_pad($needle, 42), strpos($section, $needle) !== false ? "found" : "MISSING", "\n";
}
var_dump((bool) preg_match('/TLS backend => OpenSSL\/\d/', $section));
?>
--EXPECT--
calbook support => enabled                found
Version => 0.1.0                          found
libcurl (compiled) =>                     found
libcurl (loaded) =>                       found
jansson (compiled) =>                     found
jansson (loaded) =>                       found
OpenSSL libcrypto (loaded) =>             found
utf8proc (loaded) =>                      found
Unicode (utf8proc) =>                     found
TLS backend =>                            found
HTTP/2 =>                                 found
calbook.timeout_ms => 30000               found
calbook.connect_timeout_ms => 5000        found
calbook.max_response_bytes => 16777216    found
calbook.max_retries => 2                  found
calbook.ca_file =>                        found
calbook.persistent => 1                   found
bool(true)
