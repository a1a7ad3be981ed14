@extends('layout')
@section('title', 'Anmelden')
@section('content')
<h1>Anmelden</h1>
<form method="post" action="/login" id="login">
    @csrf
    <p><label>E-Mail <input type="email" name="email" value="{{ old('email') }}" required autofocus></label></p>
    <p><label>Passwort <input type="password" name="password" required></label></p>
    @error('email')<p class="error" id="login-error">{{ $message }}</p>@enderror
    <p><button type="submit">Anmelden</button></p>
</form>
@endsection
