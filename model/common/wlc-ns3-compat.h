/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_NS3_COMPAT_H
#define WLC_NS3_COMPAT_H

/**
 * \file
 * \ingroup wlc
 * The one place that knows which ns-3 release wlc is built against.
 *
 * wlc builds against ns-3 3.37 (Debian 12) up to 3.48. Every difference between these releases
 * that the C++ code meets is resolved in this header, and no other file tests the ns-3 version.
 * WLC_NS3_VERSION is set by the build (CMakeLists.txt or wscript) to major * 100 + minor, for
 * example 337 or 348; a development tree ("3-dev") counts as 399.
 *
 * Differences that the build resolves by probing, not by testing the version:
 * - imported target names: ns3::libcore ... up to 3.42, ns3::core ... from 3.43
 *   (cmake/wlc-standalone.cmake uses whichever target exists);
 * - NS3_LOG_ENABLE and NS3_ASSERT_ENABLE are exported to consumers of an installed ns-3 only
 *   from 3.40 (the standalone build defines them for the wlc targets).
 */

#ifndef WLC_NS3_VERSION
#error "WLC_NS3_VERSION is not defined: build wlc through its CMakeLists.txt or wscript"
#endif

#if WLC_NS3_VERSION >= 342
/// Test case duration for fast tests (TestCase::Duration since ns-3.42).
#define WLC_TEST_QUICK ns3::TestCase::Duration::QUICK
/// Test case duration for longer system tests.
#define WLC_TEST_EXTENSIVE ns3::TestCase::Duration::EXTENSIVE
/// Unit test suite type (TestSuite::Type since ns-3.42).
#define WLC_TEST_UNIT ns3::TestSuite::Type::UNIT
/// System test suite type.
#define WLC_TEST_SYSTEM ns3::TestSuite::Type::SYSTEM
#else
/// Test case duration for fast tests (TestCase::TestDuration up to ns-3.41).
#define WLC_TEST_QUICK ns3::TestCase::QUICK
/// Test case duration for longer system tests.
#define WLC_TEST_EXTENSIVE ns3::TestCase::EXTENSIVE
/// Unit test suite type (plain enum up to ns-3.41).
#define WLC_TEST_UNIT ns3::TestSuite::UNIT
/// System test suite type.
#define WLC_TEST_SYSTEM ns3::TestSuite::SYSTEM
#endif

#if WLC_NS3_VERSION >= 341
/// Accessor of an enum attribute (EnumValue is a template since ns-3.41).
#define WLC_MAKE_ENUM_ACCESSOR(type, member) ns3::MakeEnumAccessor<type>(member)
#else
/// Accessor of an enum attribute (EnumValue holds an int up to ns-3.40).
#define WLC_MAKE_ENUM_ACCESSOR(type, member) ns3::MakeEnumAccessor(member)
#endif

namespace ns3
{
namespace wlc_compat
{

/**
 * Have a station send a broadcast Probe Request for its SSID on its current channel.
 * (StaWifiMac::SendProbeRequest up to ns-3.43, EnqueueProbeRequest since ns-3.44.)
 * \tparam Mac StaWifiMac (a template so that this header needs no Wi-Fi include)
 * \param mac the station's MAC
 */
template <typename Mac>
void
SendProbeRequest(Mac& mac)
{
#if WLC_NS3_VERSION >= 344
    mac.EnqueueProbeRequest(mac.GetProbeRequest(0), 0);
#else
    mac.SendProbeRequest();
#endif
}

} // namespace wlc_compat
} // namespace ns3

#endif /* WLC_NS3_COMPAT_H */
