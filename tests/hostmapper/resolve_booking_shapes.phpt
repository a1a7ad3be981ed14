--TEST--
HostMapper::resolve(): whole bookings and webhook payloads
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach (glob(__DIR__ . '/../fixtures/hosts/*.json') as $f) {
    $r = $m->resolve(json_decode(file_get_contents($f), true));
    echo basename($f), ': ', $r === null ? 'null' : var_export($r['staff_id'], true) . ' ' . $r['source'] . ' ' . $r['host']['source'], "\n";
}
?>
--EXPECT--
legacy_create_no_host.json: null
legacy_organizer.json: 1 email data.organizer
legacy_user.json: 2 name data.user
legacy_user_id.json: 3 calcom_user_id userId
responses_hosts.json: 3 calcom_user_id responses.hosts
v2_booking.json: 1 email hosts
v2_display_email.json: 4 email data.hosts
v2_hosts_minimal.json: 3 calcom_user_id data.hosts
v2_recurring.json: 1 email recurring[0].hosts
v2_recurring_wrapped.json: 1 email data[0].hosts
v2_unknown_placeholder.json: null
v2_wrapped.json: 2 name data.hosts
webhook_booking_cancelled.json: 1 email payload.organizer
webhook_booking_created.json: 1 email payload.organizer
webhook_booking_rescheduled.json: 2 name payload.organizer
webhook_meeting_ended.json: 1 email user
webhook_no_show.json: null
