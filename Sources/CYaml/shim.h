#ifndef PFPLAN_CYAML_SHIM_H
#define PFPLAN_CYAML_SHIM_H
#include <yaml.h>
#endif
