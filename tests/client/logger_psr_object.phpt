--TEST--
Client logger: any object with log($level, $message, array $context) (a Psr\Log\LoggerInterface) receives the entries
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
final class MemoryLogger
{
    public array $lines = [];
    public function log($level, $message, array $context = []): void
    {
        $this->lines[] = "$level $message " . ($context['status'] ?? '-');
    }
}
$emu = calbook_emulator_start();
$logger = new MemoryLogger();
$c = cbt_client($emu, ['logger' => $logger]);
$c->getBooking('abc');
$c->request('GET', '/me');
echo implode("\n", $logger->lines), "\n";
?>
--EXPECT--
warning calbook: GET /v2/bookings/{uid} 404 404
info calbook: GET /v2/me 200 200
