/*
 * The floor for "fetch a booking and parse it": one libcurl easy handle reused for every call
 * (keep-alive), the body collected into a growing buffer and parsed with jansson, then freed.
 *
 *   loop [--no-parse] URL CALLS WARMUP [CA_FILE]
 *
 * --no-parse skips jansson: what libcurl and the kernel alone cost (the transport floor).
 * Prints one JSON line: {"calls":N,"cpu_us":per call,"wall_us":per call,"bytes":last body}.
 * CPU is user+sys of this process only (getrusage), measured over CALLS after WARMUP calls.
 */
#include <curl/curl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct {
	char *data;
	size_t len;
	size_t cap;
} buf_t;

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *userdata)
{
	buf_t *b = userdata;
	size_t n = size * nmemb;
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n) {
			cap *= 2;
		}
		char *p = realloc(b->data, cap);
		if (!p) {
			return 0;
		}
		b->data = p;
		b->cap = cap;
	}
	memcpy(b->data + b->len, ptr, n);
	b->len += n;
	return n;
}

static double cpu_us(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e6 + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
}

static double wall_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int parse = 1;

static int one_call(CURL *h, buf_t *b)
{
	b->len = 0;
	CURLcode rc = curl_easy_perform(h);
	if (rc != CURLE_OK) {
		fprintf(stderr, "loop: %s\n", curl_easy_strerror(rc));
		return -1;
	}
	long status = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	if (!parse) {
		return status == 200 && b->len > 0 ? 0 : -1;
	}
	json_error_t err;
	json_t *doc = json_loadb(b->data, b->len, 0, &err);
	if (status != 200 || !doc || !json_is_object(json_object_get(doc, "data"))) {
		fprintf(stderr, "loop: unexpected response (status %ld)\n", status);
		json_decref(doc);
		return -1;
	}
	json_decref(doc);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--no-parse") == 0) {
		parse = 0;
		argv++;
		argc--;
	}
	if (argc != 4 && argc != 5) {
		fprintf(stderr, "usage: loop [--no-parse] URL CALLS WARMUP [CA_FILE]\n");
		return 2;
	}
	const char *url = argv[1];
	long calls = strtol(argv[2], NULL, 10);
	long warmup = strtol(argv[3], NULL, 10);
	if (calls <= 0 || warmup < 0) {
		fprintf(stderr, "loop: CALLS must be > 0, WARMUP >= 0\n");
		return 2;
	}

	curl_global_init(CURL_GLOBAL_DEFAULT);
	CURL *h = curl_easy_init();
	buf_t b = {0};
	struct curl_slist *hdrs = NULL;
	hdrs = curl_slist_append(hdrs, "Authorization: Bearer cal_test_bench_key");
	hdrs = curl_slist_append(hdrs, "cal-api-version: 2024-08-13");
	hdrs = curl_slist_append(hdrs, "Accept: application/json");
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_TCP_NODELAY, 1L);
	if (argc == 5) {
		curl_easy_setopt(h, CURLOPT_CAINFO, argv[4]);
	}

	int rc = 0;
	for (long i = 0; i < warmup && rc == 0; i++) {
		rc = one_call(h, &b);
	}
	double c0 = cpu_us(), w0 = wall_us();
	for (long i = 0; i < calls && rc == 0; i++) {
		rc = one_call(h, &b);
	}
	double c1 = cpu_us(), w1 = wall_us();

	if (rc == 0) {
		printf("{\"calls\":%ld,\"cpu_us\":%.2f,\"wall_us\":%.2f,\"bytes\":%zu}\n", calls, (c1 - c0) / calls,
		       (w1 - w0) / calls, b.len);
	}
	curl_slist_free_all(hdrs);
	curl_easy_cleanup(h);
	free(b.data);
	curl_global_cleanup();
	return rc == 0 ? 0 : 1;
}
