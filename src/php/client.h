/* Calbook\Client: module-level hooks. */
#ifndef CALBOOK_PHP_CLIENT_H
#define CALBOOK_PHP_CLIENT_H

/* Frees the per-process pool of persistent connections (module shutdown). */
void calbook_client_shutdown(void);

#endif
