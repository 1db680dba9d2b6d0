/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MALFORMED_INPUT_FIXTURE_H
#define WLC_MALFORMED_INPUT_FIXTURE_H

/**
 * \file
 * \ingroup wlc-tests
 * Helpers shared by the malformed-input system tests (test-only, header-only, not installed):
 * byte strings, the CAPWAP data header of a tunnelled IEEE 802.11 frame (RFC 5415 §4.3), IEEE
 * 802.11 management frames as Cisco APs tunnel them (9.3.3) with their Authentication body
 * (9.3.3.12), the receivers a malformed input must be dropped at and a recorder of their drops,
 * and IPv4/UDP datagrams spoofed by a rogue host.
 */

#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/callback.h"
#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ns3
{
namespace wlctest
{
namespace malformed
{

/// Bytes.
using ByteString = std::vector<uint8_t>;

/// \param n a count \param value a byte \return n copies of it
inline ByteString
Fill(std::size_t n, uint8_t value)
{
    return ByteString(n, value);
}

// --- CAPWAP (RFC 5415 §4.1, §4.3): preamble 0x00, then HLEN(5) RID(5) WBID(5) T F L W M K
// Flags(3), Fragment ID, Fragment Offset. HLEN 2 = the 8-byte header; WBID 1 = IEEE 802.11.

/// Data header of a native IEEE 802.11 frame: HLEN 2, RID 1, WBID 1, T set.
inline const ByteString DATA80211_HEADER = {0x00, 0x10, 0x43, 0x00, 0x00, 0x00, 0x00, 0x00};

/// Where a packet is dropped.
enum class Target
{
    AC,
    WTP,
    DATA_PLANE,
    MOBILITY, //!< WLC1's mobility manager
    CLIENT,   //!< the client's supplicant
    NONE,     //!< nowhere: the input is answered, not dropped
};

/// \param target a target \return its name
inline std::string
TargetName(Target target)
{
    switch (target)
    {
    case Target::AC:
        return "AC";
    case Target::WTP:
        return "AP001";
    case Target::DATA_PLANE:
        return "data plane";
    case Target::MOBILITY:
        return "WLC1 mobility";
    case Target::CLIENT:
        return "client";
    case Target::NONE:
        return "nowhere";
    }
    return "?";
}

// --- IEEE 802.11 management frames as tunnelled (9.3.3)

/**
 * A management frame as tunnelled in CAPWAP (Frame Control byte-swapped, as Cisco APs send it).
 * \param subtype the subtype \param a1 Address 1 \param a2 Address 2 \param a3 Address 3
 * \param body the frame body
 * \return the frame
 */
inline ByteString
MgmtFrame(uint8_t subtype,
          Mac48Address a1,
          Mac48Address a2,
          Mac48Address a3,
          const ByteString& body)
{
    // Frame Control: protocol 0, type 0 (management), the subtype; then flags 0, sent flags first
    return ConcatBytes({{0x00, uint8_t(subtype << 4), 0x00, 0x00},
                        MacBytes(a1),
                        MacBytes(a2),
                        MacBytes(a3),
                        {0x20, 0x00},
                        body});
}

/// \param value a 16-bit field \return its two octets, little endian (802.11)
inline ByteString
Le16(uint16_t value)
{
    return {uint8_t(value & 0xff), uint8_t(value >> 8)};
}

/**
 * An Authentication frame body (9.3.3.12): Algorithm, Transaction Sequence, Status, elements.
 * \param algorithm the algorithm (2: FT) \param sequence the sequence \param status the status
 * \param elements the elements \return the body
 */
inline ByteString
AuthBody(uint16_t algorithm, uint16_t sequence, uint16_t status, const ByteString& elements = {})
{
    return ConcatBytes({Le16(algorithm), Le16(sequence), Le16(status), elements});
}

/// One drop seen on a Drop trace.
struct DropSeen
{
    Time time;          //!< when
    Target target;      //!< where
    std::string reason; //!< why
};

/// Time from one injection to the next; every drop of an injection falls within it.
constexpr uint32_t SLOT_MS = 20;

/**
 * Records every drop of a component, with the time and the reason.
 * \param object the component (its Drop trace: the packet, the reason)
 * \param target where it stands \param drops where to record them (must outlive the run)
 */
inline void
WatchDrops(Ptr<Object> object, Target target, std::vector<DropSeen>& drops)
{
    object->TraceConnectWithoutContext(
        "Drop",
        Callback<void, Ptr<const Packet>, const std::string&>(
            [&drops, target](Ptr<const Packet>, const std::string& reason) {
                drops.push_back({Simulator::Now(), target, reason});
            }));
}

/**
 * An IPv4/UDP datagram with a spoofed source, for a rogue host to put on its VLAN.
 * \param rogue the rogue host's tap (must outlive the returned function)
 * \param rogueMac the Ethernet source \param toMac the Ethernet destination
 * \param from the IPv4 source \param fromPort the UDP source port
 * \param to the IPv4 destination \param toPort the UDP destination port
 * \param bytes the UDP payload
 * \return a function that sends it
 */
inline std::function<void()>
SpoofedDatagram(WireTap& rogue,
                Mac48Address rogueMac,
                Mac48Address toMac,
                Ipv4Address from,
                uint16_t fromPort,
                Ipv4Address to,
                uint16_t toPort,
                const ByteString& bytes)
{
    ByteString ip = BuildIpv4Udp(from, to, fromPort, toPort, bytes);
    return [&rogue, rogueMac, toMac, ip]() { rogue.Inject(rogueMac, toMac, ETHERTYPE_IPV4, ip); };
}

} // namespace malformed
} // namespace wlctest
} // namespace ns3

#endif /* WLC_MALFORMED_INPUT_FIXTURE_H */
