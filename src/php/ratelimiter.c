/* Calbook\RateLimiter: the interface of a request budget shared across processes. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php/classes.h"
#include "php/RateLimiter_arginfo.h"

zend_class_entry *calbook_ce_rate_limiter;

void calbook_register_rate_limiter(void)
{
	calbook_ce_rate_limiter = register_class_Calbook_RateLimiter();
}
