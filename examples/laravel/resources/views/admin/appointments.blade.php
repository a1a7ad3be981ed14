@extends('layout')
@section('title', 'Termine')
@section('content')
<header>
    <h1>Termine</h1>
    <form method="post" action="{{ route('logout') }}" class="inline">@csrf<button type="submit">Abmelden ({{ auth()->user()->name }})</button></form>
</header>
@if (session('status'))<p class="flash" id="flash">{{ session('status') }}</p>@endif
@if ($errors->any())<p class="error">{{ $errors->first() }}</p>@endif

<form method="get" action="{{ route('admin.appointments') }}" id="filters">
    <label>Salon
        <select name="company">
            <option value="">alle</option>
            @foreach ($companies as $c)
                <option value="{{ $c->id }}" @selected(($filters['company'] ?? null) == $c->id)>{{ $c->name }}</option>
            @endforeach
        </select>
    </label>
    <label>Status
        <select name="status">
            <option value="">alle</option>
            @foreach ($statuses as $value => $label)
                <option value="{{ $value }}" @selected(($filters['status'] ?? null) === $value)>{{ $label }}</option>
            @endforeach
        </select>
    </label>
    <button type="submit">Filtern</button>
</form>

<p id="summary"><strong id="unassigned-count">{{ $unassigned }}</strong> ohne Mitarbeiter · {{ $appointments->total() }} Termine</p>

<table id="appointments">
    <thead>
    <tr><th>Datum</th><th>Uhrzeit</th><th>Salon</th><th>Kunde</th><th>Leistung</th><th>Mitarbeiter</th><th>Wunsch</th><th>Status</th><th>Zuordnen</th></tr>
    </thead>
    <tbody>
    @foreach ($appointments as $a)
        @php($local = $a->starts_at->setTimezone($a->company->timezone ?: $tz))
        <tr class="{{ $a->staff_id === null ? 'unassigned' : '' }}" data-id="{{ $a->id }}">
            <td>{{ $local->format('d.m.Y') }}</td>
            <td>{{ $local->format('H:i') }}</td>
            <td>{{ $a->company->name }}</td>
            <td>{{ $a->customer_name }}</td>
            <td>{{ $a->service_name ?? '–' }}</td>
            <td>{{ $a->staff?->full_name ?? 'Nicht zugeordnet' }}</td>
            <td>{{ $a->preferredStaff?->full_name ?? '–' }}</td>
            <td>{{ $statuses[$a->status] ?? $a->status }}</td>
            <td>
                <form method="post" action="{{ route('admin.appointments.assign', $a) }}" class="inline assign">
                    @csrf
                    <select name="staff_id" aria-label="Mitarbeiter" required>
                        @if ($a->staff_id === null)<option value="" selected disabled>– wählen –</option>@endif
                        @foreach ($staffByCompany[$a->company_id] ?? [] as $s)
                            <option value="{{ $s->id }}" @selected($a->staff_id === $s->id)>{{ $s->full_name }}</option>
                        @endforeach
                    </select>
                    <input type="text" name="reason" placeholder="Grund" maxlength="250">
                    <button type="submit">Speichern</button>
                </form>
            </td>
        </tr>
    @endforeach
    </tbody>
</table>

<nav class="pages" id="pages">
    @if ($appointments->previousPageUrl())<a href="{{ $appointments->previousPageUrl() }}" rel="prev">« zurück</a>@endif
    Seite {{ $appointments->currentPage() }} von {{ $appointments->lastPage() }}
    @if ($appointments->nextPageUrl())<a href="{{ $appointments->nextPageUrl() }}" rel="next">weiter »</a>@endif
</nav>
@endsection
