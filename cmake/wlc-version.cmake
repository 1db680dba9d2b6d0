# Works out the ns-3 release that wlc is built against and passes it to the C++ code as
# WLC_NS3_VERSION = major * 100 + minor (337, 348, ...). Only model/common/wlc-ns3-compat.h
# reads it. Input: WLC_NS3_VERSION_STRING ("3.37", "3.48", "3-dev").
if(WLC_NS3_VERSION_STRING MATCHES "^3\\.([0-9]+)")
  math(EXPR WLC_NS3_VERSION "300 + ${CMAKE_MATCH_1}")
elseif(WLC_NS3_VERSION_STRING MATCHES "^3-dev")
  set(WLC_NS3_VERSION 399)
else()
  message(FATAL_ERROR "wlc: cannot read the ns-3 version from '${WLC_NS3_VERSION_STRING}'")
endif()
if(WLC_NS3_VERSION LESS 337)
  message(FATAL_ERROR "wlc needs ns-3.37 or newer with CMake (found ${WLC_NS3_VERSION_STRING}); "
                      "waf-era releases (3.29-3.35) build wlc through its wscript.")
endif()
add_compile_definitions(WLC_NS3_VERSION=${WLC_NS3_VERSION})
message(STATUS "wlc: building against ns-3 ${WLC_NS3_VERSION_STRING}")
