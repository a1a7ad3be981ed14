--TEST--
Client::__construct(): empty key, unknown options and wrong types are refused with InvalidArgumentException naming the option
--EXTENSIONS--
calbook
--FILE--
<?php
$cases = [
    ['', []],
    ["cal_\nkey", []],
    ['cal_k', ['timeout' => 5]],
    ['cal_k', ['timeout_ms' => '5000']],
    ['cal_k', ['timeout_ms' => 0]],
    ['cal_k', ['connect_timeout_ms' => 1.5]],
    ['cal_k', ['max_retries' => 11]],
    ['cal_k', ['max_response_bytes' => 10]],
    ['cal_k', ['team_id' => '42']],
    ['cal_k', ['team_id' => -1]],
    ['cal_k', ['base_url' => 42]],
    ['cal_k', ['base_url' => 'ftp://api.cal.com/v2']],
    ['cal_k', ['base_url' => 'https://user:pw@api.cal.com/v2']],
    ['cal_k', ['base_url' => 'https://api.cal.com/v2?x=1']],
    ['cal_k', ['api_versions' => 'x']],
    ['cal_k', ['api_versions' => ['booking' => '2024-08-13']]],
    ['cal_k', ['api_versions' => ['bookings' => "2024-08-13\r\nX: y"]]],
    ['cal_k', ['user_agent' => "a\nb"]],
    ['cal_k', ['ca_file' => '/nonexistent/ca.pem']],
    ['cal_k', ['logger' => 'not a function name']],
    ['cal_k', ['logger' => new stdClass]],
    ['cal_k', ['persistent' => 1]],
    ['cal_k', [0 => 'x']],
];
foreach ($cases as [$key, $opts]) {
    try {
        new Calbook\Client($key, $opts);
        echo "accepted\n";
    } catch (Calbook\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Calbook\Client::__construct(): the API key must not be empty
Calbook\Client::__construct(): the API key must be printable ASCII without spaces
Calbook\Client::__construct(): unknown option "timeout" (known: base_url, team_id, timeout_ms, connect_timeout_ms, max_retries, api_versions, user_agent, ca_file, max_response_bytes, logger, persistent, rate_limiter, priority)
Calbook\Client::__construct(): option "timeout_ms" must be an int from 1 to 600000, string given
Calbook\Client::__construct(): option "timeout_ms" must be from 1 to 600000, 0 given
Calbook\Client::__construct(): option "connect_timeout_ms" must be an int from 1 to 120000, float given
Calbook\Client::__construct(): option "max_retries" must be from 0 to 10, 11 given
Calbook\Client::__construct(): option "max_response_bytes" must be from 1024 to 1073741824, 10 given
Calbook\Client::__construct(): option "team_id" must be an int from 1 to 9223372036854775807, string given
Calbook\Client::__construct(): option "team_id" must be from 1 to 9223372036854775807, -1 given
Calbook\Client::__construct(): option "base_url" must be a string, int given
Calbook\Client::__construct(): option "base_url" must be an absolute http(s) URL without user info, query or fragment, such as https://api.cal.com/v2
Calbook\Client::__construct(): option "base_url" must be an absolute http(s) URL without user info, query or fragment, such as https://api.cal.com/v2
Calbook\Client::__construct(): option "base_url" must be an absolute http(s) URL without user info, query or fragment, such as https://api.cal.com/v2
Calbook\Client::__construct(): option "api_versions" must be an array (family => version), string given
Calbook\Client::__construct(): option "api_versions" has an unknown family "booking" (known: bookings, slots, event_types, schedules, teams, webhooks, memberships)
Calbook\Client::__construct(): option "api_versions" entry "bookings" must be a version such as "2024-08-13", or null for none
Calbook\Client::__construct(): option "user_agent" must be a non-empty string of at most 256 printable characters
Calbook\Client::__construct(): option "ca_file" must name a readable file
Calbook\Client::__construct(): option "logger" must be a Psr\Log\LoggerInterface (an object with log()) or a callable, string given
Calbook\Client::__construct(): option "logger" must be a Psr\Log\LoggerInterface (an object with log()) or a callable, stdClass given
Calbook\Client::__construct(): option "persistent" must be a bool, int given
Calbook\Client::__construct(): options must be keyed by option name
