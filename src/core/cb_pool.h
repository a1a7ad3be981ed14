/* A per-process pool of idle libcurl easy handles, keyed by the API they talk to (plain C, no
 * PHP). Handles of persistent clients wait here, with their open connections, for the next
 * client of the same API. Pooled handles of https clients share TLS sessions (never cookies). */
#ifndef CB_POOL_H
#define CB_POOL_H

#include <sys/types.h>
#include <curl/curl.h>

#define CB_POOL_MAX 16

typedef struct cb_pool cb_pool;

/* A new, empty pool owned by the calling process. NULL when out of memory. */
cb_pool *cb_pool_new(void);

/* The process that created the pool: a pool inherited through fork() must not be used. */
pid_t cb_pool_pid(const cb_pool *pool);

/* The share handle (TLS sessions) the handles of https clients use (may be NULL). */
CURLSH *cb_pool_share(cb_pool *pool);

/* Takes an idle handle for `key`, or NULL. */
CURL *cb_pool_take(cb_pool *pool, const char *key);

/* Gives a handle back; when the pool holds CB_POOL_MAX handles the oldest is closed. A handle
 * the pool cannot hold (out of memory) is closed. */
void cb_pool_put(cb_pool *pool, const char *key, CURL *h);

/* Frees the pool. With `same_process` 0 (a pool inherited through fork()) its handles are
 * forgotten without being touched: cleaning them up could write on the parent's connections. */
void cb_pool_free(cb_pool *pool, int same_process);

#endif
