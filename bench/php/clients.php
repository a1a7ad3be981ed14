<?php
/*
 * The clients under comparison, each used the way its users use it. Every factory returns an
 * object with get(string $uid): array (the decoded booking) and, where the scenario needs it,
 * book(array $flat): array. Nothing here measures: worker.php does.
 */

declare(strict_types=1);

const BENCH_API_KEY = 'cal_test_bench_key';
const BENCH_BOOKINGS_VERSION = '2024-08-13';

function bench_headers_assoc(): array
{
	return [
		'Authorization' => 'Bearer ' . BENCH_API_KEY,
		'cal-api-version' => BENCH_BOOKINGS_VERSION,
		'Content-Type' => 'application/json',
	];
}

function bench_check(array|null $doc, string $who): array
{
	if (!is_array($doc) || !isset($doc['data']) || !is_array($doc['data'])) {
		throw new RuntimeException("$who: unexpected response");
	}
	return $doc;
}

/** The Cal.com v2 body the service builds from its flat input (createBooking of the PHP service calbook replaces). */
function bench_v2_body(array $flat): array
{
	return [
		'eventTypeId' => (int) $flat['eventTypeId'],
		'start' => $flat['start'],
		'attendee' => [
			'name' => $flat['name'],
			'email' => $flat['email'],
			'timeZone' => $flat['timeZone'] ?? 'Europe/Berlin',
		],
		'metadata' => array_map('strval', $flat['metadata'] ?? []),
	];
}

final class CalbookBench
{
	public Calbook\Client $client;

	public function __construct(string $base, array $opts = [])
	{
		$this->client = new Calbook\Client(BENCH_API_KEY, ['base_url' => $base] + $opts);
	}

	public function get(string $uid): array
	{
		return bench_check($this->client->getBooking($uid)->json(), 'calbook');
	}

	public function book(array $flat): array
	{
		return bench_check($this->client->createBooking($flat)->json(), 'calbook');
	}

	public function connectionsOpened(): int
	{
		return (int) ($this->client->stats()['connections_opened'] ?? -1);
	}
}

/** PHP's ext/curl by hand: one handle reused, json_decode. */
final class CurlBench
{
	private CurlHandle $h;

	public function __construct(private string $base, array $opts = [])
	{
		$this->h = curl_init();
		$headers = [];
		foreach (bench_headers_assoc() as $k => $v) {
			$headers[] = "$k: $v";
		}
		curl_setopt_array($this->h, [
			CURLOPT_RETURNTRANSFER => true,
			CURLOPT_HTTPHEADER => $headers,
			CURLOPT_NOSIGNAL => true,
			CURLOPT_TCP_NODELAY => true,
		]);
		if (isset($opts['ca_file'])) {
			curl_setopt($this->h, CURLOPT_CAINFO, $opts['ca_file']);
		}
	}

	public function get(string $uid): array
	{
		curl_setopt($this->h, CURLOPT_URL, $this->base . '/bookings/' . rawurlencode($uid));
		$body = curl_exec($this->h);
		if (!is_string($body) || curl_getinfo($this->h, CURLINFO_RESPONSE_CODE) !== 200) {
			throw new RuntimeException('curl: ' . curl_error($this->h));
		}
		return bench_check(json_decode($body, true), 'curl');
	}
}

/** Guzzle, one client reused. */
final class GuzzleBench
{
	private GuzzleHttp\Client $client;

	public function __construct(private string $base, array $opts = [])
	{
		$this->client = new GuzzleHttp\Client([
			'headers' => bench_headers_assoc(),
			'http_errors' => false,
			'verify' => $opts['ca_file'] ?? true,
		]);
	}

	public function get(string $uid): array
	{
		$r = $this->client->request('GET', $this->base . '/bookings/' . rawurlencode($uid));
		if ($r->getStatusCode() !== 200) {
			throw new RuntimeException('guzzle: status ' . $r->getStatusCode());
		}
		return bench_check(json_decode((string) $r->getBody(), true), 'guzzle');
	}
}

/** Symfony HttpClient, one client reused (CurlHttpClient when ext/curl is loaded). */
final class SymfonyBench
{
	private Symfony\Contracts\HttpClient\HttpClientInterface $client;

	public function __construct(private string $base, array $opts = [])
	{
		$o = ['headers' => bench_headers_assoc()];
		if (isset($opts['ca_file'])) {
			$o['cafile'] = $opts['ca_file'];
		}
		$this->client = Symfony\Component\HttpClient\HttpClient::create($o);
	}

	public function get(string $uid): array
	{
		$r = $this->client->request('GET', $this->base . '/bookings/' . rawurlencode($uid));
		return bench_check($r->toArray(), 'symfony');
	}
}

/**
 * Laravel's Http facade as the service uses it: Http::withHeaders([...])->get() per call, so a
 * new Guzzle client (and a new connection) every call; createBooking = POST, then GET by uid.
 */
final class LaravelBench
{
	public function __construct(private string $base, private array $opts = [])
	{
		bench_laravel_boot();
	}

	private function http(): Illuminate\Http\Client\PendingRequest
	{
		$req = Illuminate\Support\Facades\Http::withHeaders(bench_headers_assoc());
		if (isset($this->opts['ca_file'])) {
			$req = $req->withOptions(['verify' => $this->opts['ca_file']]);
		}
		return $req;
	}

	public function get(string $uid): array
	{
		$r = $this->http()->get($this->base . '/bookings/' . $uid);
		if (!$r->successful()) {
			throw new RuntimeException('laravel: status ' . $r->status());
		}
		return bench_check($r->json(), 'laravel');
	}

	public function book(array $flat): array
	{
		$r = $this->http()->post($this->base . '/bookings', bench_v2_body($flat));
		if (!$r->successful()) {
			throw new RuntimeException('laravel: create status ' . $r->status());
		}
		$created = bench_check($r->json(), 'laravel');
		// The incident's fix: always fetch the full booking (with its host) after a create.
		try {
			return $this->get((string) $created['data']['uid']);
		} catch (RuntimeException) {
			return $created;
		}
	}
}

function bench_laravel_boot(): void
{
	static $booted = false;
	if ($booted) {
		return;
	}
	require_once 'Illuminate/autoload.php';
	require_once 'GuzzleHttp/autoload.php';
	$app = new Illuminate\Container\Container();
	Illuminate\Container\Container::setInstance($app);
	$app->singleton(Illuminate\Http\Client\Factory::class, fn() => new Illuminate\Http\Client\Factory());
	Illuminate\Support\Facades\Facade::setFacadeApplication($app);
	$booted = true;
}

function bench_make_client(string $name, string $base, array $opts = []): object
{
	switch ($name) {
		case 'calbook':
			return new CalbookBench($base, $opts);
		case 'curl':
			return new CurlBench($base, $opts);
		case 'guzzle':
			require_once 'GuzzleHttp/autoload.php';
			return new GuzzleBench($base, $opts);
		case 'symfony':
			require_once 'Symfony/Component/HttpClient/autoload.php';
			return new SymfonyBench($base, $opts);
		case 'laravel':
			return new LaravelBench($base, $opts);
	}
	throw new InvalidArgumentException("unknown client $name");
}
