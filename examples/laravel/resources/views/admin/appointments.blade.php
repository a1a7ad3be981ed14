<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Termine – {{ config('app.name') }}</title>
<style>
 body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
 table { border-collapse: collapse; width: 100%; }
 th, td { text-align: left; padding: .4rem .7rem; border-bottom: 1px solid #ddd; }
 th { background: #f4f4f4; }
 .unassigned { color: #b00020; font-weight: 600; }
 .muted { color: #777; }
</style>
</head>
<body>
<h1>Termine</h1>
<p id="summary">{{ $appointments->count() }} Termine, davon {{ $unassigned }} ohne Mitarbeiter.</p>
<table id="appointments">
 <thead>
  <tr><th>Datum</th><th>Uhrzeit</th><th>Kunde</th><th>Leistung</th><th>Mitarbeiter</th><th>Wunsch</th><th>Status</th></tr>
 </thead>
 <tbody>
 @forelse ($appointments as $a)
  <tr data-appointment="{{ $a->id }}">
   <td>{{ $a->starts_at->copy()->setTimezone($tz)->format('d.m.Y') }}</td>
   <td>{{ $a->starts_at->copy()->setTimezone($tz)->format('H:i') }}</td>
   <td>{{ $a->customer_name }}</td>
   <td>{{ $a->service_name }}</td>
   @if ($a->staff)
    <td class="staff">{{ $a->staff->full_name }}</td>
   @else
    <td class="staff unassigned">Nicht zugeordnet</td>
   @endif
   <td class="muted">{{ $a->preferredStaff ? $a->preferredStaff->full_name : '–' }}</td>
   <td>{{ $a->status }}</td>
  </tr>
 @empty
  <tr><td colspan="7" class="muted">Keine Termine.</td></tr>
 @endforelse
 </tbody>
</table>
</body>
</html>
