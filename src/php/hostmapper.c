/* Calbook\HostMapper: placeholder until implemented. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/cb_zval.h"
#include "core/cb_host.h"
#include "php/HostMapper_arginfo.h"

zend_class_entry *calbook_ce_hostmapper;
static zend_object_handlers hostmapper_handlers;

ZEND_METHOD(Calbook_HostMapper, __construct)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\HostMapper::__construct() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_HostMapper, extractHost)
{
	zval *booking;
	cb_host h;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(booking)
	ZEND_PARSE_PARAMETERS_END();

	if (!cb_host_extract(&calbook_zval_ops, booking, &h)) {
		RETURN_NULL();
	}
	calbook_host_to_zval(&h, return_value);
}

ZEND_METHOD(Calbook_HostMapper, resolve)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\HostMapper::resolve() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_HostMapper, assign)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\HostMapper::assign() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_HostMapper, resolveMany)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\HostMapper::resolveMany() is not available in this build");
	RETURN_THROWS();
}

static zend_object *hostmapper_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &hostmapper_handlers;
	return obj;
}

void calbook_register_hostmapper(void)
{
	calbook_zval_init();
	calbook_ce_hostmapper = register_class_Calbook_HostMapper();
	calbook_ce_hostmapper->create_object = hostmapper_create;
	memcpy(&hostmapper_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	hostmapper_handlers.clone_obj = NULL;
	hostmapper_handlers.compare = zend_objects_not_comparable;
}
