/* Calbook\Response: placeholder until implemented. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/Response_arginfo.h"

zend_class_entry *calbook_ce_response;
static zend_object_handlers response_handlers;

ZEND_METHOD(Calbook_Response, __construct)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::__construct() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, status)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::status() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, successful)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::successful() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, ok)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::ok() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, failed)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::failed() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, clientError)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::clientError() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, serverError)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::serverError() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, body)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::body() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, json)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::json() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, data)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::data() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, header)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::header() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, headers)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::headers() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Response, throw)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Response::throw() is not available in this build");
	RETURN_THROWS();
}

static zend_object *response_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &response_handlers;
	return obj;
}

void calbook_register_response(void)
{
	calbook_ce_response = register_class_Calbook_Response();
	calbook_ce_response->create_object = response_create;
	memcpy(&response_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	response_handlers.clone_obj = NULL;
	response_handlers.compare = zend_objects_not_comparable;
}
