/* A per-process pool of idle libcurl easy handles. */
#include "core/cb_pool.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct cb_pool_entry {
	char *key;
	CURL *easy;
	struct cb_pool_entry *next;
} cb_pool_entry;

struct cb_pool {
	pid_t pid;
	CURLSH *share;
	cb_pool_entry *idle; /* newest first */
	int count;
};

cb_pool *cb_pool_new(void)
{
	cb_pool *pool = calloc(1, sizeof(*pool));
	if (!pool) {
		return NULL;
	}
	pool->pid = getpid();
	pool->share = curl_share_init();
	if (pool->share) {
		/* TLS sessions only: each handle keeps its own DNS cache (and its connection). */
		curl_share_setopt(pool->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
	}
	return pool;
}

pid_t cb_pool_pid(const cb_pool *pool)
{
	return pool->pid;
}

CURLSH *cb_pool_share(cb_pool *pool)
{
	return pool->share;
}

static void entry_free(cb_pool_entry *e, int cleanup)
{
	if (cleanup) {
		curl_easy_cleanup(e->easy);
	}
	free(e->key);
	free(e);
}

CURL *cb_pool_take(cb_pool *pool, const char *key)
{
	cb_pool_entry **pp, *e;

	for (pp = &pool->idle; (e = *pp) != NULL; pp = &e->next) {
		if (strcmp(e->key, key) == 0) {
			CURL *h = e->easy;
			*pp = e->next;
			entry_free(e, 0);
			pool->count--;
			return h;
		}
	}
	return NULL;
}

void cb_pool_put(cb_pool *pool, const char *key, CURL *h)
{
	cb_pool_entry *e;

	if (pool->count >= CB_POOL_MAX) {
		cb_pool_entry **pp = &pool->idle;
		while ((*pp)->next) {
			pp = &(*pp)->next;
		}
		entry_free(*pp, 1);
		*pp = NULL;
		pool->count--;
	}
	e = malloc(sizeof(*e));
	if (!e || !(e->key = strdup(key))) {
		free(e);
		curl_easy_cleanup(h);
		return;
	}
	e->easy = h;
	e->next = pool->idle;
	pool->idle = e;
	pool->count++;
}

void cb_pool_free(cb_pool *pool, int same_process)
{
	cb_pool_entry *e, *next;

	if (!pool) {
		return;
	}
	for (e = pool->idle; e; e = next) {
		next = e->next;
		entry_free(e, same_process);
	}
	if (pool->share && same_process) {
		curl_share_cleanup(pool->share);
	}
	free(pool);
}
