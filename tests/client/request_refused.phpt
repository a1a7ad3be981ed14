--TEST--
Client::request(): paths that escape base_url, carry a query or fragment, or control characters are refused; so are bad methods and options
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$n = cbt_requests($emu);
foreach (['me', '/../me', '/bookings/../me', '/./me', '/me?x=1', '/me#x', "/me\r\nX: 1", "/me\0", '/a b', '//evil.example/x', 'http://evil.example/', '/%2e%2e/me', '/a%2Fb', '/a\\b', ''] as $p) {
    echo json_encode($p), ': ', str_starts_with(cbt_catch(fn() => $c->request('GET', $p)), 'Calbook\InvalidArgumentException: Calbook\Client::request(): path must be relative') ? 'refused' : 'ALLOWED', "\n";
}
echo cbt_catch(fn() => $c->request('TRACE', '/me')), "\n";
echo cbt_catch(fn() => $c->request('GET', '/me', ['headers' => []])), "\n";
echo cbt_catch(fn() => $c->request('GET', '/me', ['api_version' => "2024-08-13\r\nX: y"])), "\n";
echo cbt_catch(fn() => $c->request('GET', '/me', ['json' => ['a' => 1]])), "\n";
echo cbt_catch(fn() => $c->request('POST', '/me', ['json' => "\xff"])), "\n";
echo cbt_catch(fn() => $c->request('GET', '/me', ['query' => 'a=1'])), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
"me": refused
"\/..\/me": refused
"\/bookings\/..\/me": refused
"\/.\/me": refused
"\/me?x=1": refused
"\/me#x": refused
"\/me\r\nX: 1": refused
"\/me\u0000": refused
"\/a b": refused
"\/\/evil.example\/x": refused
"http:\/\/evil.example\/": refused
"\/%2e%2e\/me": refused
"\/a%2Fb": refused
"\/a\\b": refused
"": refused
Calbook\InvalidArgumentException: Calbook\Client::request(): method must be GET, POST, PATCH, PUT or DELETE
Calbook\InvalidArgumentException: Calbook\Client::request(): unknown field "headers" in the options (known: query, json, api_version, idempotent, priority)
Calbook\InvalidArgumentException: Calbook\Client::request(): option "api_version" must be a version such as "2024-08-13", or null for none
Calbook\InvalidArgumentException: Calbook\Client::request(): a GET request takes no json body
Calbook\InvalidArgumentException: Calbook\Client::request(): the request body cannot be encoded as JSON (invalid UTF-8, a resource, or nested too deep)
Calbook\InvalidArgumentException: Calbook\Client::request(): option "query" must be an array
bool(true)
