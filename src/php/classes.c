/* Registers every calbook class at module startup. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php/classes.h"
#include "php/client.h"

void calbook_register_classes(INIT_FUNC_ARGS)
{
	calbook_register_rate_limiter();
	calbook_register_response();
	calbook_register_client();
	calbook_register_hostmapper();
	calbook_register_webhook();
}

void calbook_shutdown_classes(SHUTDOWN_FUNC_ARGS)
{
	calbook_client_shutdown();
}
