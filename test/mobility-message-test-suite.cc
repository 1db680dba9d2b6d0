/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/mobility-header.h"
#include "ns3/mobility-message.h"
#include "ns3/packet.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <algorithm>
#include <limits>
#include <random>

/**
 * \file
 * \ingroup wlc-tests
 * The inter-controller mobility messages: byte images written by hand from the layout of
 * mobility-header.h / mobility-message.h for every message type (two of them reproduce the
 * `debug mobility handoff` log of the reference, /work/shared/reference/
 * l3-inter-controller-roaming.txt), the debug lines, the group id, and malformed input.
 */

namespace ns3
{
namespace
{

using wlctest::ConcatBytes;
using wlctest::HexString;
using wlctest::Sequence;

/// \param n a count \return n zero bytes (padding and reserved fields)
std::vector<uint8_t>
Zeros(std::size_t n)
{
    return std::vector<uint8_t>(n, 0);
}

/// \param text characters \return their bytes
std::vector<uint8_t>
Chars(const std::string& text)
{
    return std::vector<uint8_t>(text.begin(), text.end());
}

/// \param bytes an image \param offset where \return the 16-bit value there
uint16_t
U16At(const std::vector<uint8_t>& bytes, std::size_t offset)
{
    return static_cast<uint16_t>(bytes.at(offset) << 8 | bytes.at(offset + 1));
}

/// \param bytes an image \param offset where \param value the new 16-bit value \return the copy
std::vector<uint8_t>
WithU16(std::vector<uint8_t> bytes, std::size_t offset, uint16_t value)
{
    bytes.at(offset) = static_cast<uint8_t>(value >> 8);
    bytes.at(offset + 1) = static_cast<uint8_t>(value);
    return bytes;
}

/// \param bytes an image \param offset where \param value the new byte \return the copy
std::vector<uint8_t>
WithU8(std::vector<uint8_t> bytes, std::size_t offset, uint8_t value)
{
    bytes.at(offset) = value;
    return bytes;
}

/// \param bytes an image \param offset where \param value the new 32-bit value \return the copy
std::vector<uint8_t>
WithU32(std::vector<uint8_t> bytes, std::size_t offset, uint32_t value)
{
    for (int i = 0; i < 4; ++i)
    {
        bytes.at(offset + i) = static_cast<uint8_t>(value >> (24 - 8 * i));
    }
    return bytes;
}

// The group id of the reference log: "group id: d7f8a4f2 cb038b78 641818bb a26869b4".
const std::vector<uint8_t> kGroupId = {0xd7,
                                       0xf8,
                                       0xa4,
                                       0xf2,
                                       0xcb,
                                       0x03,
                                       0x8b,
                                       0x78,
                                       0x64,
                                       0x18,
                                       0x18,
                                       0xbb,
                                       0xa2,
                                       0x68,
                                       0x69,
                                       0xb4};
// The client of the reference: ab:26:96:3e:4b:ee.
const std::vector<uint8_t> kClientMac = {0xab, 0x26, 0x96, 0x3e, 0x4b, 0xee};

/// \return the reference group id
MobilityGroupId
GroupId()
{
    MobilityGroupId id;
    std::copy(kGroupId.begin(), kGroupId.end(), id.begin());
    return id;
}

// ------------------------------------------------------------------------------ byte images

// MobileAnnounce of the reference: WLC2 (10.99.82.1, VLAN 84 interface 10.99.84.3/24) asks for
// the client; xid 25, seq 101, len 116.
const std::vector<uint8_t> kAnnounce = ConcatBytes({
    {0x03, 0x00, 0x01, 0x00},             // 0 type 3, subtype 0, version 1, flags 0
    {0x00, 0x00, 0x00, 0x19},             // 4 xid 25
    {0x00, 0x00, 0x00, 0x65},             // 8 seq 101
    {0x00, 0x74, 0x00, 0x00},             // 12 len 116, reserved
    kGroupId,                             // 16 group id
    kClientMac,                           // 32 mobile MAC
    {0x00, 0x00},                         // 38 reserved
    {0x00, 0x00, 0x00, 0x00},             // 40 mobile IP 0.0.0.0
    {0x00, 0x00, 0x00, 0x00},             // 44 instance 0
    {0x0a, 0x63, 0x54, 0x03},             // 48 VLAN IP 10.99.84.3
    {0xff, 0xff, 0xff, 0x00},             // 52 netmask 255.255.255.0
    {0x0a, 0x63, 0x52, 0x01},             // 56 switch IP 10.99.82.1
    {0x00, 0x24, 0x97, 0x69, 0x3c, 0x40}, // 60 switch MAC 00:24:97:69:3c:40
    {0x00, 0x08},                         // 66 WLAN id 8
    {0x08},                               // 68 SSID length 8
    Chars("wlc-test"),                    // 69 SSID
    Zeros(24),                            //    zero padding to 32
    {0x00, 0x3a, 0x99, 0x14, 0x13, 0x77}, // 101 BSSID 00:3a:99:14:13:77
    {0x04},                               // 107 PEM state 4 L2AUTHCOMPLETE
    {0x00, 0x54},                         // 108 VLAN id 84
    Zeros(6),                             // 110 reserved
});

// MobileHandoff of the reference: WLC1 (10.99.80.1, anchor MAC 00:21:d8:fa:66:00) hands the
// client 10.99.81.40 (VLAN 81, interface "intanchor", 10.99.81.1/24) over; xid 25, seq 132.
const std::vector<uint8_t> kHandoff = ConcatBytes({
    {0x05, 0x00, 0x01, 0x00},             // 0 type 5, subtype 0, version 1, flags 0
    {0x00, 0x00, 0x00, 0x19},             // 4 xid 25
    {0x00, 0x00, 0x00, 0x84},             // 8 seq 132
    {0x02, 0x22, 0x00, 0x00},             // 12 len 546, reserved
    kGroupId,                             // 16 group id
    kClientMac,                           // 32 mobile MAC
    {0x00, 0x00},                         // 38 reserved
    {0x0a, 0x63, 0x51, 0x28},             // 40 mobile IP 10.99.81.40
    {0x00, 0x00, 0x00, 0x00},             // 44 instance 0
    {0x0a, 0x63, 0x51, 0x01},             // 48 VLAN IP 10.99.81.1
    {0xff, 0xff, 0xff, 0x00},             // 52 netmask 255.255.255.0
    {0x0a, 0x63, 0x50, 0x01},             // 56 sender IP 10.99.80.1
    {0x00, 0x21, 0xd8, 0xfa, 0x66, 0x00}, // 60 sender MAC 00:21:d8:fa:66:00
    {0x00, 0x00},                         // 66 reserved
    {0x0a, 0x63, 0x50, 0x01},             // 68 anchor IP 10.99.80.1
    {0x00, 0x21, 0xd8, 0xfa, 0x66, 0x00}, // 72 anchor MAC
    {0x00, 0x00},                         // 78 reserved
    {0x01, 0x01, 0x00, 0x00},             // 80 code 1 Handoff, role 1 Local, reason 0, rsvd
    {0x00, 0x08},                         // 84 WLAN id 8
    {0x08},                               // 86 SSID length 8
    Chars("wlc-test"),                    // 87 SSID
    Zeros(24),                            //    padding
    {0x05},                               // 119 profile name length 5
    Chars("wlan8"),                       // 120 profile name
    Zeros(27),                            //    padding
    {0x09},                               // 152 interface name length 9
    Chars("intanchor"),                   // 153 interface name
    Zeros(23),                            //    padding
    {0x00, 0x51},                         // 185 VLAN id 81
    {0x00, 0x51},                         // 187 access VLAN 81
    {0x00, 0x00},                         // 189 quarantine VLAN 0
    {0x0a, 0x63, 0x51, 0x28},             // 191 client IP 10.99.81.40
    {0xff, 0xff, 0xff, 0x00},             // 195 client netmask 255.255.255.0
    {0x0a, 0x63, 0x51, 0x01},             // 199 default gateway 10.99.81.1
    {0x00, 0x00, 0x0c, 0x07, 0xac, 0x51}, // 203 gateway MAC 00:00:0c:07:ac:51
    {0x0a, 0x63, 0x51, 0x02},             // 209 DHCP server 10.99.81.2
    {0x00, 0x00},                         // 213 reserved
    {0x14},                               // 215 PEM state 20 RUN
    {0x00},                               // 216 NAC OOB state Access
    {0x01},                               // 217 security policy completed yes
    {0x01},                               // 218 policy type WPA2
    {0x01},                               // 219 key management PSK
    {0x01},                               // 220 cipher CCMP
    {0x00},                               // 221 EAP type unknown
    {0x00},                               // 222 reserved
    {0x10,
     0x11,
     0x12,
     0x13,
     0x14,
     0x15,
     0x16,
     0x17,
     0x18,
     0x19,
     0x1a,
     0x1b,
     0x1c,
     0x1d,
     0x1e,
     0x1f}, // 223 PMKID
    {0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a,
     0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35,
     0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f}, // 239 PMK
    {0x00, 0x00, 0x00, 0x00},                                     // 271 move count 0
    {0x00, 0x00, 0x00, 0x05, 0x1f, 0x4d, 0x5c, 0x00}, // 275 connected since 22 s = 22e9 ns
    {0x00, 0x01},                                     // 283 association id 1
    {0x04, 0x11}, // 285 capabilities: ESS, Privacy, Short Slot Time
    {0x08},       // 287 8 rates: 6(B) 9 12(B) 18 24(B) 36 48 54 Mb/s
    {0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c}, // 288 rates
    Zeros(8),                                         //     padding to 16
    {0x00},                                           // 304 username length 0
    Zeros(64),                                        // 305 username
    {0x00, 0x00, 0x07, 0x08},                         // 369 session timeout 1800 s
    {0x02, 0x01, 0x00, 0x00},                         // 373 QoS Silver, WMM 1, 802.1p 0, reserved
    {0x00},                                           // 377 ACL name length 0
    Zeros(32),                                        // 378 ACL name
    {0x01},                                           // 410 one IPv6 address
    Zeros(7),                                         // 411 reserved
    {0xfe,
     0x80,
     0x00,
     0x00,
     0x00,
     0x00,
     0x00,
     0x00,
     0xa9,
     0x26,
     0x96,
     0xff,
     0xfe,
     0x3e,
     0x4b,
     0xee},        // 418 fe80::a926:96ff:fe3e:4bee
    Zeros(7 * 16), //     7 unused slots
});

// Common header of the replies of WLC2 (VLAN IP 10.99.84.3/24) about the client; type, seq and
// length are given separately.
std::vector<uint8_t>
ReplyHeader(uint8_t type, uint8_t seq, uint8_t length)
{
    return ConcatBytes({
        {type, 0x00, 0x01, 0x00},   // 0 type, subtype 0, version 1, flags 0
        {0x00, 0x00, 0x00, 0x19},   // 4 xid 25
        {0x00, 0x00, 0x00, seq},    // 8 seq
        {0x00, length, 0x00, 0x00}, // 12 len, reserved
        kGroupId,                   // 16 group id
        kClientMac,                 // 32 mobile MAC
        {0x00, 0x00},               // 38 reserved
        {0x0a, 0x63, 0x51, 0x28},   // 40 mobile IP 10.99.81.40
        {0x00, 0x00, 0x00, 0x00},   // 44 instance 0
        {0x0a, 0x63, 0x54, 0x03},   // 48 VLAN IP 10.99.84.3
        {0xff, 0xff, 0xff, 0x00},   // 52 netmask 255.255.255.0
    });
}

// MobileHandoffAck: accepted.
const std::vector<uint8_t> kHandoffAck = ConcatBytes({
    ReplyHeader(0x06, 0x66, 0x40), // type 6, seq 102, len 64
    {0x0a, 0x63, 0x52, 0x01},      // 56 sender IP 10.99.82.1
    {0x00, 0x00},                  // 60 status 0 accepted, 61 reason 0
    {0x00, 0x00},                  // 62 reserved
});

// MobileAnchorUpdate: the client moved on to WLC3 (10.99.83.1), move count 2.
const std::vector<uint8_t> kAnchorUpdate = ConcatBytes({
    ReplyHeader(0x08, 0x67, 0x48),        // type 8, seq 103, len 72
    {0x0a, 0x63, 0x53, 0x01},             // 56 sender IP 10.99.83.1
    {0x00, 0x24, 0x97, 0x69, 0x3c, 0x41}, // 60 sender MAC 00:24:97:69:3c:41
    {0x00, 0x00},                         // 66 reserved
    {0x00, 0x00, 0x00, 0x02},             // 68 move count 2
});

// MobileAnchorUpdateAck: refused, reason 3.
const std::vector<uint8_t> kAnchorUpdateAck = ConcatBytes({
    ReplyHeader(0x09, 0x68, 0x40), // type 9, seq 104, len 64
    {0x0a, 0x63, 0x50, 0x01},      // 56 sender IP 10.99.80.1
    {0x01, 0x03},                  // 60 status 1 refused, 61 reason 3
    {0x00, 0x00},                  // 62 reserved
});

// MobileKeepAlive: no client (MAC 0, IP 0), 3 members.
const std::vector<uint8_t> kKeepAlive = ConcatBytes({
    {0x0a, 0x00, 0x01, 0x00},             // 0 type 10, subtype 0, version 1, flags 0
    {0x00, 0x00, 0x01, 0x00},             // 4 xid 256
    {0x00, 0x01, 0x00, 0x00},             // 8 seq 65536
    {0x00, 0x44, 0x00, 0x00},             // 12 len 68, reserved
    kGroupId,                             // 16 group id
    Zeros(6),                             // 32 mobile MAC 00:00:00:00:00:00
    {0x00, 0x00},                         // 38 reserved
    {0x00, 0x00, 0x00, 0x00},             // 40 mobile IP 0.0.0.0
    {0x00, 0x00, 0x00, 0x00},             // 44 instance 0
    {0x0a, 0x63, 0x50, 0x01},             // 48 VLAN IP 10.99.80.1
    {0xff, 0xff, 0xfc, 0x00},             // 52 netmask 255.255.252.0
    {0x0a, 0x63, 0x50, 0x01},             // 56 sender IP 10.99.80.1
    {0x00, 0x21, 0xd8, 0xfa, 0x66, 0x00}, // 60 sender MAC
    {0x00, 0x03},                         // 66 member count 3
});

// MobileKeepAliveAck: same layout, type 11, 2 members, flags 0x80.
const std::vector<uint8_t> kKeepAliveAck = ConcatBytes({
    {0x0b, 0x00, 0x01, 0x80},             // 0 type 11, subtype 0, version 1, flags 0x80
    {0x00, 0x00, 0x01, 0x00},             // 4 xid 256
    {0x00, 0x00, 0x00, 0x07},             // 8 seq 7
    {0x00, 0x44, 0x00, 0x00},             // 12 len 68, reserved
    kGroupId,                             // 16 group id
    Zeros(6),                             // 32 mobile MAC
    {0x00, 0x00},                         // 38 reserved
    {0x00, 0x00, 0x00, 0x00},             // 40 mobile IP
    {0x00, 0x00, 0x00, 0x00},             // 44 instance
    {0x0a, 0x63, 0x52, 0x01},             // 48 VLAN IP 10.99.82.1
    {0xff, 0xff, 0xff, 0xff},             // 52 netmask 255.255.255.255
    {0x0a, 0x63, 0x52, 0x01},             // 56 sender IP 10.99.82.1
    {0x00, 0x24, 0x97, 0x69, 0x3c, 0x40}, // 60 sender MAC
    {0x00, 0x02},                         // 66 member count 2
});

// MobileClientDelete: the anchor drops the client, reason 5.
const std::vector<uint8_t> kClientDelete = ConcatBytes({
    ReplyHeader(0x0c, 0x69, 0x40), // type 12, seq 105, len 64
    {0x0a, 0x63, 0x50, 0x01},      // 56 sender IP 10.99.80.1
    {0x05},                        // 60 reason 5
    Zeros(3),                      // 61 reserved
});

// MobilePmkUpdate: WLC1 (10.99.80.1) gives the group the PMK of "user1" (bytes 0x01..0x20),
// lifetime 1800 s, EAP type 25 (PEAP); sent as seq 106, len 172.
const std::vector<uint8_t> kPmkUpdate = ConcatBytes({
    ReplyHeader(0x0d, 0x6a, 0xac),        // type 13, seq 106, len 172
    {0x0a, 0x63, 0x50, 0x01},             // 56 sender IP 10.99.80.1
    {0x00, 0x21, 0xd8, 0xfa, 0x66, 0x00}, // 60 sender MAC
    {0x00, 0x00},                         // 66 reserved
    {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b,
     0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16,
     0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20}, // 68 PMK
    {0x00, 0x00, 0x07, 0x08},                                     // 100 lifetime 1800 s
    {0x05, 'u', 's', 'e', 'r', '1'},                              // 104 username length 5, user1
    Zeros(59),                                                    // 110 username padding
    {0x19},                                                       // 169 EAP type 25
    {0x00, 0x00},                                                 // 170 reserved
});

// MobileFtKeyUpdate: WLC1 (10.99.80.1), the R0KH "WLC1", gives the group the FT-PSK PMK-R0
// (bytes 0x41..0x60) and PMKR0Name (0x71..0x80) of a client of mobility domain a1b2, lifetime
// 3600 s; sent as seq 107, len 176.
const std::vector<uint8_t> kFtKeyUpdate = ConcatBytes({
    ReplyHeader(0x0e, 0x6b, 0xb0),        // type 14, seq 107, len 176
    {0x0a, 0x63, 0x50, 0x01},             // 56 sender IP 10.99.80.1
    {0x00, 0x21, 0xd8, 0xfa, 0x66, 0x00}, // 60 sender MAC
    {0xa1, 0xb2},                         // 66 MDID, the octets as on the air
    {0x00, 0x0f, 0xac, 0x04},             // 68 AKM 00-0F-AC:4 (FT-PSK)
    Sequence(0x41, 32),                   // 72 PMK-R0
    Sequence(0x71, 16),                   // 104 PMKR0Name
    {0x00, 0x00, 0x0e, 0x10},             // 120 lifetime 3600 s
    {0x04, 'W', 'L', 'C', '1'},           // 124 R0KH-ID length 4, WLC1
    Zeros(44),                            // 129 R0KH-ID padding
    Zeros(3),                             // 173 reserved
});

/// \return every image
std::vector<std::vector<uint8_t>>
AllImages()
{
    return {kAnnounce,
            kHandoff,
            kHandoffAck,
            kAnchorUpdate,
            kAnchorUpdateAck,
            kKeepAlive,
            kKeepAliveAck,
            kClientDelete,
            kPmkUpdate,
            kFtKeyUpdate};
}

// -------------------------------------------------------------------- the messages in C++

/// \param seq sequence \return the header of WLC2's replies (as in ReplyHeader)
MobilityHeader
ReplyMobilityHeader(uint32_t seq)
{
    MobilityHeader h;
    h.xid = 25;
    h.sequence = seq;
    h.groupId = GroupId();
    h.mobileMac = Mac48Address("ab:26:96:3e:4b:ee");
    h.mobileIp = Ipv4Address("10.99.81.40");
    h.vlanIp = Ipv4Address("10.99.84.3");
    h.vlanMask = Ipv4Mask("255.255.255.0");
    return h;
}

/// \return the message of kAnnounce
MobilityMessage
Announce()
{
    MobilityHeader h;
    h.xid = 25;
    h.sequence = 101;
    h.groupId = GroupId();
    h.mobileMac = Mac48Address("ab:26:96:3e:4b:ee");
    h.mobileIp = Ipv4Address("0.0.0.0");
    h.vlanIp = Ipv4Address("10.99.84.3");
    h.vlanMask = Ipv4Mask("255.255.255.0");
    MobileAnnounceBody b;
    b.senderIp = Ipv4Address("10.99.82.1");
    b.senderMac = Mac48Address("00:24:97:69:3c:40");
    b.wlanId = 8;
    b.ssid = "wlc-test";
    b.bssid = Mac48Address("00:3a:99:14:13:77");
    b.pemState = mobility::PEM_L2AUTHCOMPLETE;
    b.vlanId = 84;
    return MobilityMessage::CreateAnnounce(h, b);
}

/// \return the message of kHandoff
MobilityMessage
Handoff()
{
    MobilityHeader h;
    h.xid = 25;
    h.sequence = 132;
    h.groupId = GroupId();
    h.mobileMac = Mac48Address("ab:26:96:3e:4b:ee");
    h.mobileIp = Ipv4Address("10.99.81.40");
    h.vlanIp = Ipv4Address("10.99.81.1");
    h.vlanMask = Ipv4Mask("255.255.255.0");
    MobileHandoffBody b;
    b.senderIp = Ipv4Address("10.99.80.1");
    b.senderMac = Mac48Address("00:21:d8:fa:66:00");
    b.anchorIp = Ipv4Address("10.99.80.1");
    b.anchorMac = Mac48Address("00:21:d8:fa:66:00");
    b.code = MobileHandoffBody::CODE_HANDOFF;
    b.senderRole = MobileHandoffBody::ROLE_LOCAL;
    b.reason = 0;
    b.wlanId = 8;
    b.ssid = "wlc-test";
    b.profileName = "wlan8";
    b.interfaceName = "intanchor";
    b.vlanId = 81;
    b.accessVlan = 81;
    b.quarantineVlan = 0;
    b.clientIp = Ipv4Address("10.99.81.40");
    b.clientMask = Ipv4Mask("255.255.255.0");
    b.defaultGatewayIp = Ipv4Address("10.99.81.1");
    b.defaultGatewayMac = Mac48Address("00:00:0c:07:ac:51");
    b.dhcpServer = Ipv4Address("10.99.81.2");
    b.pemState = mobility::PEM_RUN;
    b.nacState = MobileHandoffBody::NAC_ACCESS;
    b.securityPolicyCompleted = true;
    b.policyType = MobileHandoffBody::POLICY_WPA2;
    b.keyManagement = MobileHandoffBody::AKM_PSK;
    b.cipher = MobileHandoffBody::CIPHER_CCMP;
    b.eapType = 0;
    for (std::size_t i = 0; i < b.pmkid.size(); ++i)
    {
        b.pmkid[i] = static_cast<uint8_t>(0x10 + i);
    }
    for (std::size_t i = 0; i < b.pmk.size(); ++i)
    {
        b.pmk[i] = static_cast<uint8_t>(0x20 + i);
    }
    b.moveCount = 0;
    b.connectedSince = Seconds(22);
    b.associationId = 1;
    b.capabilityInfo = 0x0411;
    b.supportedRates = {0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c};
    b.username = "";
    b.sessionTimeout = 1800;
    b.qosLevel = MobileHandoffBody::QOS_SILVER;
    b.wmm = true;
    b.dot1pTag = 0;
    b.aclName = "";
    b.ipv6Addresses = {Ipv6Address("fe80::a926:96ff:fe3e:4bee")};
    return MobilityMessage::CreateHandoff(h, b);
}

/// \return the message of kHandoffAck
MobilityMessage
HandoffAck()
{
    MobileHandoffAckBody b;
    b.senderIp = Ipv4Address("10.99.82.1");
    b.status = MobileHandoffAckBody::STATUS_ACCEPTED;
    b.reason = 0;
    return MobilityMessage::CreateHandoffAck(ReplyMobilityHeader(102), b);
}

/// \return the message of kAnchorUpdate
MobilityMessage
AnchorUpdate()
{
    MobileAnchorUpdateBody b;
    b.senderIp = Ipv4Address("10.99.83.1");
    b.senderMac = Mac48Address("00:24:97:69:3c:41");
    b.moveCount = 2;
    return MobilityMessage::CreateAnchorUpdate(ReplyMobilityHeader(103), b);
}

/// \return the message of kAnchorUpdateAck
MobilityMessage
AnchorUpdateAck()
{
    MobileHandoffAckBody b;
    b.senderIp = Ipv4Address("10.99.80.1");
    b.status = MobileHandoffAckBody::STATUS_REFUSED;
    b.reason = 3;
    return MobilityMessage::CreateAnchorUpdateAck(ReplyMobilityHeader(104), b);
}

/// \return the message of kKeepAlive
MobilityMessage
KeepAlive()
{
    MobilityHeader h;
    h.xid = 256;
    h.sequence = 65536;
    h.groupId = GroupId();
    h.mobileMac = Mac48Address("00:00:00:00:00:00");
    h.vlanIp = Ipv4Address("10.99.80.1");
    h.vlanMask = Ipv4Mask("255.255.252.0");
    MobileKeepAliveBody b;
    b.senderIp = Ipv4Address("10.99.80.1");
    b.senderMac = Mac48Address("00:21:d8:fa:66:00");
    b.memberCount = 3;
    return MobilityMessage::CreateKeepAlive(h, b);
}

/// \return the message of kKeepAliveAck
MobilityMessage
KeepAliveAck()
{
    MobilityHeader h;
    h.flags = 0x80;
    h.xid = 256;
    h.sequence = 7;
    h.groupId = GroupId();
    h.mobileMac = Mac48Address("00:00:00:00:00:00");
    h.vlanIp = Ipv4Address("10.99.82.1");
    h.vlanMask = Ipv4Mask("255.255.255.255");
    MobileKeepAliveBody b;
    b.senderIp = Ipv4Address("10.99.82.1");
    b.senderMac = Mac48Address("00:24:97:69:3c:40");
    b.memberCount = 2;
    return MobilityMessage::CreateKeepAliveAck(h, b);
}

/// \return the message of kClientDelete
MobilityMessage
ClientDelete()
{
    MobileClientDeleteBody b;
    b.senderIp = Ipv4Address("10.99.80.1");
    b.reason = 5;
    return MobilityMessage::CreateClientDelete(ReplyMobilityHeader(105), b);
}

/// \return the message of kPmkUpdate
MobilityMessage
PmkUpdate()
{
    MobilePmkUpdateBody b;
    b.senderIp = Ipv4Address("10.99.80.1");
    b.senderMac = Mac48Address("00:21:d8:fa:66:00");
    for (std::size_t i = 0; i < b.pmk.size(); ++i)
    {
        b.pmk[i] = static_cast<uint8_t>(i + 1);
    }
    b.lifetime = 1800;
    b.username = "user1";
    b.eapType = 25;
    return MobilityMessage::CreatePmkUpdate(ReplyMobilityHeader(106), b);
}

/// \return the message of kFtKeyUpdate
MobilityMessage
FtKeyUpdate()
{
    MobileFtKeyUpdateBody b;
    b.senderIp = Ipv4Address("10.99.80.1");
    b.senderMac = Mac48Address("00:21:d8:fa:66:00");
    b.mdid = 0xa1b2;
    b.akm = 0x000fac04;
    for (std::size_t i = 0; i < b.pmkR0.size(); ++i)
    {
        b.pmkR0[i] = static_cast<uint8_t>(0x41 + i);
    }
    for (std::size_t i = 0; i < b.pmkR0Name.size(); ++i)
    {
        b.pmkR0Name[i] = static_cast<uint8_t>(0x71 + i);
    }
    b.lifetime = 3600;
    b.r0khId = "WLC1";
    return MobilityMessage::CreateFtKeyUpdate(ReplyMobilityHeader(107), b);
}

/// \param bytes an image \return true if it decodes
bool
Decodes(const std::vector<uint8_t>& bytes)
{
    MobilityMessage m;
    std::string why;
    return MobilityMessage::Decode(bytes, m, why);
}

/// \param bytes an image \return the decoder's reason for rejecting it ("" if it decodes)
std::string
Rejection(const std::vector<uint8_t>& bytes)
{
    MobilityMessage m;
    std::string why;
    if (MobilityMessage::Decode(bytes, m, why))
    {
        return "";
    }
    return why.empty() ? "(no reason)" : why;
}

// ------------------------------------------------------------------------------ test cases

/// Type names, sizes, PEM states, masks and the group id.
class MobilityBasicsTestCase : public TestCase
{
  public:
    MobilityBasicsTestCase()
        : TestCase("Type names and sizes, group id from a name, group id text")
    {
    }

  private:
    void DoRun() override
    {
        const std::vector<std::pair<uint8_t, std::string>> names = {{3, "MobileAnnounce"},
                                                                    {5, "MobileHandoff"},
                                                                    {6, "MobileHandoffAck"},
                                                                    {8, "MobileAnchorUpdate"},
                                                                    {9, "MobileAnchorUpdateAck"},
                                                                    {10, "MobileKeepAlive"},
                                                                    {11, "MobileKeepAliveAck"},
                                                                    {12, "MobileClientDelete"},
                                                                    {0, "Unknown"},
                                                                    {4, "Unknown"},
                                                                    {7, "Unknown"},
                                                                    {13, "MobilePmkUpdate"},
                                                                    {14, "MobileFtKeyUpdate"},
                                                                    {15, "Unknown"},
                                                                    {255, "Unknown"}};
        for (const auto& [type, name] : names)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityMessageTypeName(type), name, "type " << int(type));
        }
        const std::vector<std::pair<uint8_t, std::size_t>> sizes = {{3, 116},
                                                                    {5, 546},
                                                                    {6, 64},
                                                                    {8, 72},
                                                                    {9, 64},
                                                                    {10, 68},
                                                                    {11, 68},
                                                                    {12, 64},
                                                                    {13, 172},
                                                                    {14, 176},
                                                                    {1, 0}};
        for (const auto& [type, size] : sizes)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityMessageSize(type), size, "size of type " << int(type));
        }
        for (unsigned s = 0; s < 256; ++s)
        {
            bool known = s == 0 || s == 2 || s == 3 || s == 4 || s == 7 || s == 20;
            NS_TEST_EXPECT_MSG_EQ(mobility::IsPemState(static_cast<uint8_t>(s)), known, s);
        }
        NS_TEST_EXPECT_MSG_EQ(mobility::PemStateText(20), "RUN", "RUN");
        NS_TEST_EXPECT_MSG_EQ(mobility::PemStateText(3), "8021X_REQD", "8021X_REQD");
        NS_TEST_EXPECT_MSG_EQ(mobility::IsContiguousMask(0xffffff00), true, "/24");
        NS_TEST_EXPECT_MSG_EQ(mobility::IsContiguousMask(0), true, "/0");
        NS_TEST_EXPECT_MSG_EQ(mobility::IsContiguousMask(0xffffffff), true, "/32");
        NS_TEST_EXPECT_MSG_EQ(mobility::IsContiguousMask(0xff00ff00), false, "holes");
        NS_TEST_EXPECT_MSG_EQ(mobility::IsContiguousMask(0x00ffffff), false, "inverted");
        NS_TEST_EXPECT_MSG_EQ(mobility::IsContiguousMask(0xfffffffd), false, "...fd");

        // SHA-1 test vectors of FIPS 180-2 (appendix A) and of the empty string.
        NS_TEST_EXPECT_MSG_EQ(FormatMobilityGroupId(MobilityGroupIdFromName("abc")),
                              "a9993e364706816aba3e25717850c26c",
                              "SHA-1(abc)");
        NS_TEST_EXPECT_MSG_EQ(FormatMobilityGroupId(MobilityGroupIdFromName("")),
                              "da39a3ee5e6b4b0d3255bfef95601890",
                              "SHA-1('')");
        NS_TEST_EXPECT_MSG_EQ(FormatMobilityGroupId(MobilityGroupIdFromName(
                                  "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
                              "84983e441c3bd26ebaae4aa1f95129e5",
                              "SHA-1 two-block message");

        MobilityGroupId id{};
        std::string why;
        NS_TEST_EXPECT_MSG_EQ(FormatMobilityGroupId(GroupId()),
                              "d7f8a4f2cb038b78641818bba26869b4",
                              "format");
        NS_TEST_EXPECT_MSG_EQ(ParseMobilityGroupId("d7f8a4f2 cb038b78 641818bb a26869b4", id, why),
                              true,
                              why);
        NS_TEST_EXPECT_MSG_EQ((id == GroupId()), true, "parsed log form");
        id = {};
        NS_TEST_EXPECT_MSG_EQ(ParseMobilityGroupId("D7F8A4F2CB038B78641818BBA26869B4", id, why),
                              true,
                              why);
        NS_TEST_EXPECT_MSG_EQ((id == GroupId()), true, "parsed upper case");
        MobilityGroupId before = id;
        for (const char* bad : {"d7f8a4f2cb038b78641818bba26869b",
                                "d7f8a4f2cb038b78641818bba26869b40",
                                "d7f8a4f2cb038b78641818bba26869bg",
                                "d7f8a4f2-cb038b78-641818bb-a26869b4",
                                ""})
        {
            NS_TEST_EXPECT_MSG_EQ(ParseMobilityGroupId(bad, id, why), false, bad);
            NS_TEST_EXPECT_MSG_EQ((id == before), true, "unchanged on failure");
        }
    }
};

/// Encode == hand-written image, decode gives every field back, for every type.
class MobilityImageTestCase : public TestCase
{
  public:
    MobilityImageTestCase()
        : TestCase("Byte images of every message type, both ways")
    {
    }

  private:
    /// Check the header fields of a decoded message against its builder's.
    void CheckHeader(const MobilityHeader& got, const MobilityHeader& want, const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(unsigned(got.type), unsigned(want.type), what << " type");
        NS_TEST_EXPECT_MSG_EQ(unsigned(got.subtype), unsigned(want.subtype), what << " subtype");
        NS_TEST_EXPECT_MSG_EQ(unsigned(got.version), 1u, what << " version");
        NS_TEST_EXPECT_MSG_EQ(unsigned(got.flags), unsigned(want.flags), what << " flags");
        NS_TEST_EXPECT_MSG_EQ(got.xid, want.xid, what << " xid");
        NS_TEST_EXPECT_MSG_EQ(got.sequence, want.sequence, what << " seq");
        NS_TEST_EXPECT_MSG_EQ((got.groupId == want.groupId), true, what << " group id");
        NS_TEST_EXPECT_MSG_EQ(got.mobileMac, want.mobileMac, what << " mobile MAC");
        NS_TEST_EXPECT_MSG_EQ(got.mobileIp, want.mobileIp, what << " mobile IP");
        NS_TEST_EXPECT_MSG_EQ(got.instance, want.instance, what << " instance");
        NS_TEST_EXPECT_MSG_EQ(got.vlanIp, want.vlanIp, what << " VLAN IP");
        NS_TEST_EXPECT_MSG_EQ(got.vlanMask, want.vlanMask, what << " VLAN mask");
    }

    /// Encode \p m, compare with \p image, decode \p image. \return the decoded message
    MobilityMessage Both(const MobilityMessage& m,
                         const std::vector<uint8_t>& image,
                         std::size_t size,
                         const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(image.size(), size, what << ": hand image size");
        NS_TEST_EXPECT_MSG_EQ(U16At(image, 12), size, what << ": hand image length field");
        NS_TEST_EXPECT_MSG_EQ(m.GetSerializedSize(), size, what << ": GetSerializedSize");
        NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()), HexString(image), what << ": encode");
        Ptr<Packet> p = m.ToPacket();
        NS_TEST_EXPECT_MSG_EQ(p->GetSize(), size, what << ": packet size");
        MobilityMessage d;
        std::string why;
        bool decoded = MobilityMessage::Decode(image, d, why);
        NS_TEST_EXPECT_MSG_EQ(decoded, true, what << ": " << why);
        if (!decoded)
        {
            return d; // without a body: the caller's GetBody<>() check stops the test
        }
        NS_TEST_EXPECT_MSG_EQ(unsigned(d.GetType()), unsigned(m.GetType()), what << ": type");
        CheckHeader(d.GetHeader(), m.GetHeader(), what);
        NS_TEST_EXPECT_MSG_EQ(HexString(d.Encode()), HexString(image), what << ": re-encode");
        MobilityMessage fromPacket;
        if (MobilityMessage::FromPacket(p, fromPacket, why))
        {
            NS_TEST_EXPECT_MSG_EQ(HexString(fromPacket.Encode()),
                                  HexString(image),
                                  what << ": FromPacket");
        }
        else
        {
            NS_TEST_EXPECT_MSG_EQ(why, "", what << ": FromPacket");
        }
        return d;
    }

    void DoRun() override
    {
        // Spot checks of the hand images against the layout's offsets.
        NS_TEST_EXPECT_MSG_EQ(unsigned(kAnnounce.at(68)), 8u, "announce SSID length at 68");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kAnnounce.at(107)), 4u, "announce PEM at 107");
        NS_TEST_EXPECT_MSG_EQ(U16At(kAnnounce, 108), 84u, "announce VLAN at 108");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(80)), 1u, "handoff code at 80");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(119)), 5u, "profile length at 119");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(152)), 9u, "interface length at 152");
        NS_TEST_EXPECT_MSG_EQ(U16At(kHandoff, 185), 81u, "VLAN at 185");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(191)), 10u, "client IP at 191");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(203)), 0u, "gateway MAC at 203");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(208)), 0x51u, "gateway MAC ends at 208");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(215)), 20u, "PEM at 215");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(223)), 0x10u, "PMKID at 223");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(239)), 0x20u, "PMK at 239");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(282)), 0x00u, "connected since ends at 282");
        NS_TEST_EXPECT_MSG_EQ(U16At(kHandoff, 283), 1u, "AID at 283");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(287)), 8u, "rates count at 287");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(288)), 0x8cu, "rates at 288");
        NS_TEST_EXPECT_MSG_EQ(U16At(kHandoff, 371), 1800u, "session timeout at 369");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(373)), 2u, "QoS at 373");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(410)), 1u, "IPv6 count at 410");
        NS_TEST_EXPECT_MSG_EQ(unsigned(kHandoff.at(418)), 0xfeu, "IPv6 at 418");

        {
            MobilityMessage d = Both(Announce(), kAnnounce, 116, "MobileAnnounce");
            const auto* b = d.GetBody<MobileAnnounceBody>();
            WLC_REQUIRE_NE(b, nullptr, "announce body");
            NS_TEST_EXPECT_MSG_EQ(b->senderIp, Ipv4Address("10.99.82.1"), "switch IP");
            NS_TEST_EXPECT_MSG_EQ(b->senderMac, Mac48Address("00:24:97:69:3c:40"), "switch MAC");
            NS_TEST_EXPECT_MSG_EQ(b->wlanId, 8, "WLAN id");
            NS_TEST_EXPECT_MSG_EQ(b->ssid, "wlc-test", "SSID");
            NS_TEST_EXPECT_MSG_EQ(b->bssid, Mac48Address("00:3a:99:14:13:77"), "BSSID");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pemState), 4u, "PEM");
            NS_TEST_EXPECT_MSG_EQ(b->vlanId, 84, "VLAN");
            NS_TEST_EXPECT_MSG_EQ(d.GetSenderIp(), Ipv4Address("10.99.82.1"), "GetSenderIp");
            NS_TEST_EXPECT_MSG_EQ((d.GetBody<MobileHandoffBody>() == nullptr), true, "kind");
        }
        {
            MobilityMessage d = Both(Handoff(), kHandoff, 546, "MobileHandoff");
            const auto* b = d.GetBody<MobileHandoffBody>();
            WLC_REQUIRE_NE(b, nullptr, "handoff body");
            NS_TEST_EXPECT_MSG_EQ(b->senderIp, Ipv4Address("10.99.80.1"), "sender IP");
            NS_TEST_EXPECT_MSG_EQ(b->senderMac, Mac48Address("00:21:d8:fa:66:00"), "sender MAC");
            NS_TEST_EXPECT_MSG_EQ(b->anchorIp, Ipv4Address("10.99.80.1"), "anchor IP");
            NS_TEST_EXPECT_MSG_EQ(b->anchorMac, Mac48Address("00:21:d8:fa:66:00"), "anchor MAC");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->code), 1u, "code");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->senderRole), 1u, "role");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->reason), 0u, "reason");
            NS_TEST_EXPECT_MSG_EQ(b->wlanId, 8, "WLAN");
            NS_TEST_EXPECT_MSG_EQ(b->ssid, "wlc-test", "SSID");
            NS_TEST_EXPECT_MSG_EQ(b->profileName, "wlan8", "profile");
            NS_TEST_EXPECT_MSG_EQ(b->interfaceName, "intanchor", "interface");
            NS_TEST_EXPECT_MSG_EQ(b->vlanId, 81, "VLAN");
            NS_TEST_EXPECT_MSG_EQ(b->accessVlan, 81, "access VLAN");
            NS_TEST_EXPECT_MSG_EQ(b->quarantineVlan, 0, "quarantine VLAN");
            NS_TEST_EXPECT_MSG_EQ(b->clientIp, Ipv4Address("10.99.81.40"), "client IP");
            NS_TEST_EXPECT_MSG_EQ(b->clientMask, Ipv4Mask("255.255.255.0"), "client mask");
            NS_TEST_EXPECT_MSG_EQ(b->defaultGatewayIp, Ipv4Address("10.99.81.1"), "gateway");
            NS_TEST_EXPECT_MSG_EQ(b->defaultGatewayMac,
                                  Mac48Address("00:00:0c:07:ac:51"),
                                  "gateway MAC");
            NS_TEST_EXPECT_MSG_EQ(b->dhcpServer, Ipv4Address("10.99.81.2"), "DHCP server");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pemState), 20u, "PEM");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->nacState), 0u, "NAC");
            NS_TEST_EXPECT_MSG_EQ(b->securityPolicyCompleted, true, "policy completed");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->policyType), 1u, "policy type");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->keyManagement), 1u, "AKM");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->cipher), 1u, "cipher");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->eapType), 0u, "EAP");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pmkid[0]), 0x10u, "PMKID first");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pmkid[15]), 0x1fu, "PMKID last");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pmk[0]), 0x20u, "PMK first");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pmk[31]), 0x3fu, "PMK last");
            NS_TEST_EXPECT_MSG_EQ(b->moveCount, 0u, "move count");
            NS_TEST_EXPECT_MSG_EQ(b->connectedSince, Seconds(22), "connected since");
            NS_TEST_EXPECT_MSG_EQ(b->associationId, 1, "AID");
            NS_TEST_EXPECT_MSG_EQ(b->capabilityInfo, 0x0411, "capabilities");
            NS_TEST_EXPECT_MSG_EQ(HexString(b->supportedRates),
                                  HexString({0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c}),
                                  "rates");
            NS_TEST_EXPECT_MSG_EQ(b->username, "", "username");
            NS_TEST_EXPECT_MSG_EQ(b->sessionTimeout, 1800u, "session timeout");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->qosLevel), 2u, "QoS");
            NS_TEST_EXPECT_MSG_EQ(b->wmm, true, "WMM");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->dot1pTag), 0u, "802.1p");
            NS_TEST_EXPECT_MSG_EQ(b->aclName, "", "ACL");
            WLC_REQUIRE_EQ(b->ipv6Addresses.size(), 1u, "IPv6 count");
            NS_TEST_EXPECT_MSG_EQ(b->ipv6Addresses[0],
                                  Ipv6Address("fe80::a926:96ff:fe3e:4bee"),
                                  "IPv6");
        }
        {
            MobilityMessage d = Both(HandoffAck(), kHandoffAck, 64, "MobileHandoffAck");
            const auto* b = d.GetBody<MobileHandoffAckBody>();
            WLC_REQUIRE_NE(b, nullptr, "ack body");
            NS_TEST_EXPECT_MSG_EQ(b->senderIp, Ipv4Address("10.99.82.1"), "sender");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->status), 0u, "status");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->reason), 0u, "reason");
            NS_TEST_EXPECT_MSG_EQ(d.GetHeader().sequence, 102u, "seq");
        }
        {
            MobilityMessage d = Both(AnchorUpdate(), kAnchorUpdate, 72, "MobileAnchorUpdate");
            const auto* b = d.GetBody<MobileAnchorUpdateBody>();
            WLC_REQUIRE_NE(b, nullptr, "anchor update body");
            NS_TEST_EXPECT_MSG_EQ(b->senderIp, Ipv4Address("10.99.83.1"), "sender");
            NS_TEST_EXPECT_MSG_EQ(b->senderMac, Mac48Address("00:24:97:69:3c:41"), "MAC");
            NS_TEST_EXPECT_MSG_EQ(b->moveCount, 2u, "move count");
        }
        {
            MobilityMessage d =
                Both(AnchorUpdateAck(), kAnchorUpdateAck, 64, "MobileAnchorUpdateAck");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.GetType()), 9u, "type 9, not 6");
            const auto* b = d.GetBody<MobileHandoffAckBody>();
            WLC_REQUIRE_NE(b, nullptr, "ack body");
            NS_TEST_EXPECT_MSG_EQ(b->senderIp, Ipv4Address("10.99.80.1"), "sender");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->status), 1u, "refused");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->reason), 3u, "reason");
        }
        {
            MobilityMessage d = Both(KeepAlive(), kKeepAlive, 68, "MobileKeepAlive");
            const auto* b = d.GetBody<MobileKeepAliveBody>();
            WLC_REQUIRE_NE(b, nullptr, "keep-alive body");
            NS_TEST_EXPECT_MSG_EQ(b->senderIp, Ipv4Address("10.99.80.1"), "sender");
            NS_TEST_EXPECT_MSG_EQ(b->senderMac, Mac48Address("00:21:d8:fa:66:00"), "MAC");
            NS_TEST_EXPECT_MSG_EQ(b->memberCount, 3, "members");
            NS_TEST_EXPECT_MSG_EQ(d.GetHeader().sequence, 65536u, "seq");
        }
        {
            MobilityMessage d = Both(KeepAliveAck(), kKeepAliveAck, 68, "MobileKeepAliveAck");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.GetType()), 11u, "type 11, not 10");
            const auto* b = d.GetBody<MobileKeepAliveBody>();
            WLC_REQUIRE_NE(b, nullptr, "keep-alive body");
            NS_TEST_EXPECT_MSG_EQ(b->memberCount, 2, "members");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.GetHeader().flags), 0x80u, "flags");
        }
        {
            MobilityMessage d = Both(ClientDelete(), kClientDelete, 64, "MobileClientDelete");
            const auto* b = d.GetBody<MobileClientDeleteBody>();
            WLC_REQUIRE_NE(b, nullptr, "client delete body");
            NS_TEST_EXPECT_MSG_EQ(b->senderIp, Ipv4Address("10.99.80.1"), "sender");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->reason), 5u, "reason");
        }
        {
            MobilityMessage d = Both(PmkUpdate(), kPmkUpdate, 172, "MobilePmkUpdate");
            const auto* b = d.GetBody<MobilePmkUpdateBody>();
            WLC_REQUIRE_NE(b, nullptr, "PMK update body");
            NS_TEST_EXPECT_MSG_EQ(b->username, "user1", "username");
            NS_TEST_EXPECT_MSG_EQ(b->lifetime, 1800u, "lifetime");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pmk[31]), 0x20u, "last PMK byte");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->eapType), 25u, "EAP type");
            // a username length beyond its 64-byte field is rejected
            std::vector<uint8_t> bad = kPmkUpdate;
            bad[104] = 65;
            NS_TEST_EXPECT_MSG_EQ(Decodes(bad), false, "username length 65");
        }
        {
            MobilityMessage d = Both(FtKeyUpdate(), kFtKeyUpdate, 176, "MobileFtKeyUpdate");
            const auto* b = d.GetBody<MobileFtKeyUpdateBody>();
            WLC_REQUIRE_NE(b, nullptr, "FT key update body");
            NS_TEST_EXPECT_MSG_EQ(b->r0khId, "WLC1", "R0KH-ID");
            NS_TEST_EXPECT_MSG_EQ(b->mdid, 0xa1b2u, "MDID");
            NS_TEST_EXPECT_MSG_EQ(b->akm, 0x000fac04u, "AKM");
            NS_TEST_EXPECT_MSG_EQ(b->lifetime, 3600u, "lifetime");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pmkR0[31]), 0x60u, "last PMK-R0 byte");
            NS_TEST_EXPECT_MSG_EQ(unsigned(b->pmkR0Name[15]), 0x80u, "last PMKR0Name byte");
            // an R0KH-ID length of 0 or beyond its 48-byte field is rejected
            std::vector<uint8_t> bad = kFtKeyUpdate;
            bad[124] = 49;
            NS_TEST_EXPECT_MSG_EQ(Decodes(bad), false, "R0KH-ID length 49");
            bad[124] = 0;
            NS_TEST_EXPECT_MSG_EQ(Decodes(bad), false, "empty R0KH-ID");
            // an AKM other than FT-802.1X (00-0F-AC:3) and FT-PSK (:4), or a lifetime of 0
            for (uint8_t type : {0, 1, 2, 5, 6, 255})
            {
                bad = kFtKeyUpdate;
                bad[71] = type;
                NS_TEST_EXPECT_MSG_EQ(Decodes(bad), false, "AKM 00-0F-AC:" << unsigned(type));
            }
            bad = kFtKeyUpdate;
            bad[71] = 3;
            NS_TEST_EXPECT_MSG_EQ(Decodes(bad), true, "AKM 00-0F-AC:3 (FT-802.1X)");
            bad[68] = 0x50; // 50-6F-9A:3, another OUI
            NS_TEST_EXPECT_MSG_EQ(Decodes(bad), false, "AKM of another OUI");
            bad = kFtKeyUpdate;
            std::fill(bad.begin() + 120, bad.begin() + 124, 0);
            NS_TEST_EXPECT_MSG_EQ(Decodes(bad), false, "lifetime 0");
        }

        // The generic factory takes the type from the header.
        {
            MobilityHeader h = ReplyMobilityHeader(104);
            h.type = MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK;
            MobilityMessage m =
                MobilityMessage::Create(h, *AnchorUpdateAck().GetBody<MobileHandoffAckBody>());
            NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()),
                                  HexString(kAnchorUpdateAck),
                                  "Create(type 9)");
            m = MobilityMessage::Create(KeepAliveAck().GetHeader(),
                                        *KeepAliveAck().GetBody<MobileKeepAliveBody>());
            NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()),
                                  HexString(kKeepAliveAck),
                                  "Create(type 11)");
            NS_TEST_EXPECT_MSG_EQ(MobilityMessage().GetSerializedSize(), 0u, "no body");
            // A body set later.
            h.type = MobilityMessageType::MOBILE_HANDOFF_ACK;
            m = MobilityMessage::Create(h, MobilityMessage::Body());
            NS_TEST_EXPECT_MSG_EQ(m.GetSerializedSize(), 0u, "no body yet");
            m.SetBody(*HandoffAck().GetBody<MobileHandoffAckBody>());
            m.GetHeader().sequence = 102;
            NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()), HexString(kHandoffAck), "SetBody");
        }

        // Reserved bytes and string padding are ignored on decode and written back as 0.
        std::vector<uint8_t> dirty = kAnnounce;
        for (std::size_t offset : {14, 15, 38, 39, 90, 100, 110, 115})
        {
            dirty[offset] = 0xa5;
        }
        MobilityMessage d;
        std::string why;
        WLC_REQUIRE_EQ(MobilityMessage::Decode(dirty, d, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(HexString(d.Encode()),
                              HexString(kAnnounce),
                              "reserved bytes cleaned");
        dirty = kHandoff;
        for (std::size_t offset :
             {66, 78, 83, 100, 140, 170, 213, 222, 300, 350, 376, 400, 411, 417, 434, 545})
        {
            dirty[offset] = 0x5a;
        }
        WLC_REQUIRE_EQ(MobilityMessage::Decode(dirty, d, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(HexString(d.Encode()),
                              HexString(kHandoff),
                              "handoff reserved bytes cleaned");
        WLC_REQUIRE_NE(d.GetBody<MobileHandoffBody>(), nullptr, "handoff body");
        NS_TEST_EXPECT_MSG_EQ(d.GetBody<MobileHandoffBody>()->ipv6Addresses.size(),
                              1u,
                              "unused IPv6 slots ignored");
        dirty = WithU8(kClientDelete, 62, 0xff);
        NS_TEST_EXPECT_MSG_EQ(MobilityMessage::Decode(dirty, d, why), true, why);

        // Extreme values survive a round trip.
        MobilityMessage h = Handoff();
        auto* b = h.GetBody<MobileHandoffBody>();
        b->ssid = std::string(32, 'S');
        b->profileName = std::string(32, 'P');
        b->interfaceName = std::string(32, 'I');
        b->username = std::string(64, 'u');
        b->aclName = std::string(32, 'A');
        b->supportedRates = std::vector<uint8_t>(16, 0x82);
        b->ipv6Addresses = std::vector<Ipv6Address>(8, Ipv6Address("2001:db8::ffff"));
        b->connectedSince = NanoSeconds(std::numeric_limits<int64_t>::max());
        b->clientMask = Ipv4Mask("255.255.255.255");
        h.GetHeader().vlanMask = Ipv4Mask("0.0.0.0");
        std::vector<uint8_t> image = h.Encode();
        WLC_REQUIRE_EQ(MobilityMessage::Decode(image, d, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(HexString(d.Encode()), HexString(image), "extremes round trip");
        WLC_REQUIRE_NE(d.GetBody<MobileHandoffBody>(), nullptr, "handoff body");
        NS_TEST_EXPECT_MSG_EQ(d.GetBody<MobileHandoffBody>()->username, std::string(64, 'u'), "");
        NS_TEST_EXPECT_MSG_EQ(d.GetBody<MobileHandoffBody>()->ipv6Addresses.size(), 8u, "");
        NS_TEST_EXPECT_MSG_EQ(d.GetBody<MobileHandoffBody>()->connectedSince,
                              NanoSeconds(std::numeric_limits<int64_t>::max()),
                              "");
    }
};

/// The debug lines reproduce the reference log.
class MobilityDebugTestCase : public TestCase
{
  public:
    MobilityDebugTestCase()
        : TestCase("debug mobility handoff lines of the reference")
    {
    }

  private:
    void DoRun() override
    {
        // From WLC1's log: "Mobility packet received from: 10.99.82.1, port 16666".
        std::vector<std::string> lines = Announce().FormatDebug(true);
        WLC_REQUIRE_EQ(lines.size(), 5u, "announce lines");
        NS_TEST_EXPECT_MSG_EQ(
            lines[0],
            "type: 3(MobileAnnounce)  subtype: 0  version: 1  xid: 25  seq: 101  len 116 flags 0",
            "");
        NS_TEST_EXPECT_MSG_EQ(lines[1], "group id: d7f8a4f2 cb038b78 641818bb a26869b4", "");
        NS_TEST_EXPECT_MSG_EQ(lines[2],
                              "mobile MAC: ab:26:96:3e:4b:ee, IP: 0.0.0.0, instance: 0",
                              "");
        NS_TEST_EXPECT_MSG_EQ(lines[3], "VLAN IP: 10.99.84.3, netmask: 255.255.255.0", "");
        NS_TEST_EXPECT_MSG_EQ(lines[4], "Switch IP: 10.99.82.1", "");

        // From WLC1's log: "Mobility packet sent to: 10.99.82.1, port 16666" (no Switch IP).
        MobilityMessage decoded;
        std::string why;
        WLC_REQUIRE_EQ(MobilityMessage::Decode(kHandoff, decoded, why), true, why);
        lines = decoded.FormatDebug();
        WLC_REQUIRE_EQ(lines.size(), 4u, "handoff lines");
        NS_TEST_EXPECT_MSG_EQ(
            lines[0],
            "type: 5(MobileHandoff)  subtype: 0  version: 1  xid: 25  seq: 132  len 546 flags 0",
            "");
        NS_TEST_EXPECT_MSG_EQ(lines[1], "group id: d7f8a4f2 cb038b78 641818bb a26869b4", "");
        NS_TEST_EXPECT_MSG_EQ(lines[2],
                              "mobile MAC: ab:26:96:3e:4b:ee, IP: 10.99.81.40, instance: 0",
                              "");
        NS_TEST_EXPECT_MSG_EQ(lines[3], "VLAN IP: 10.99.81.1, netmask: 255.255.255.0", "");
        // WLC2 prints "Switch IP: 10.99.80.1" after the same header.
        NS_TEST_EXPECT_MSG_EQ(decoded.FormatDebug(true).at(4), "Switch IP: 10.99.80.1", "");

        lines = KeepAliveAck().FormatDebug();
        NS_TEST_EXPECT_MSG_EQ(
            lines.at(0),
            "type: 11(MobileKeepAliveAck)  subtype: 0  version: 1  xid: 256  seq: 7  len 68 "
            "flags 128",
            "");
        NS_TEST_EXPECT_MSG_EQ(lines.at(3), "VLAN IP: 10.99.82.1, netmask: 255.255.255.255", "");
    }
};

/// Malformed input is rejected with a reason.
class MobilityMalformedTestCase : public TestCase
{
  public:
    MobilityMalformedTestCase()
        : TestCase("Truncations, bad lengths, versions, types, strings, counts, enums, masks")
    {
    }

  private:
    /// Expect \p bytes to be rejected with a reason containing \p fragment.
    void Reject(const std::vector<uint8_t>& bytes,
                const std::string& fragment,
                const std::string& what)
    {
        std::string why = Rejection(bytes);
        NS_TEST_EXPECT_MSG_NE(why, "", what << ": accepted");
        NS_TEST_EXPECT_MSG_NE(why.find(fragment),
                              std::string::npos,
                              what << ": reason '" << why << "' lacks '" << fragment << "'");
    }

    void DoRun() override
    {
        for (const auto& image : AllImages())
        {
            const std::string name = MobilityMessageTypeName(image[0]);
            WLC_REQUIRE_EQ(Decodes(image), true, name << " must decode");
            // Every truncation, with the original length field and with a length field that
            // agrees with the truncated datagram.
            for (std::size_t n = 0; n < image.size(); ++n)
            {
                std::vector<uint8_t> cut(image.begin(), image.begin() + n);
                NS_TEST_EXPECT_MSG_EQ(Decodes(cut), false, name << " truncated to " << n);
                if (n >= 14)
                {
                    NS_TEST_EXPECT_MSG_EQ(Decodes(WithU16(cut, 12, static_cast<uint16_t>(n))),
                                          false,
                                          name << " truncated to " << n << " with length " << n);
                }
            }
            // One byte more, with and without a matching length field.
            std::vector<uint8_t> longer = image;
            longer.push_back(0);
            Reject(longer, "length field", name + " one byte long");
            Reject(WithU16(longer, 12, static_cast<uint16_t>(longer.size())),
                   "must be",
                   name + " one byte long, length agrees");
            // Length field too small / too big.
            Reject(WithU16(image, 12, static_cast<uint16_t>(image.size() - 1)),
                   "length field",
                   name + " length - 1");
            Reject(WithU16(image, 12, static_cast<uint16_t>(image.size() + 1)),
                   "length field",
                   name + " length + 1");
            Reject(WithU16(image, 12, 0), "length field", name + " length 0");
            Reject(WithU16(image, 12, 0xffff), "length field", name + " length 65535");
            // Wrong version.
            Reject(WithU8(image, 2, 0), "version", name + " version 0");
            Reject(WithU8(image, 2, 2), "version", name + " version 2");
            // Bad VLAN netmask.
            Reject(WithU32(image, 52, 0xff00ff00), "netmask", name + " mask 255.0.255.0");
            Reject(WithU32(image, 52, 0x00ffffff), "netmask", name + " mask 0.255.255.255");
            Reject(WithU32(image, 52, 0xfffffffd), "netmask", name + " mask ...253");
        }

        // Unknown types, with the size of a known type.
        for (uint8_t type : {0, 1, 2, 4, 7, 15, 16, 100, 255})
        {
            Reject(WithU8(kHandoffAck, 0, type), "unknown", "type " + std::to_string(type));
            Reject(WithU8(kHandoff, 0, type), "unknown", "type " + std::to_string(type));
        }
        // The right length for another type.
        Reject(WithU8(kAnnounce, 0, 5), "must be 546", "116-byte MobileHandoff");
        Reject(WithU8(kHandoff, 0, 3), "must be 116", "546-byte MobileAnnounce");
        Reject(WithU8(kKeepAlive, 0, 6), "must be 64", "68-byte MobileHandoffAck");
        Reject(WithU8(kKeepAlive, 0, 8), "must be 72", "68-byte MobileAnchorUpdate");
        Reject(WithU8(kAnchorUpdate, 0, 10), "must be 68", "72-byte MobileKeepAlive");
        Reject(WithU8(kHandoffAck, 0, 11), "must be 68", "64-byte MobileKeepAliveAck");
        Reject(WithU8(kAnchorUpdate, 0, 12), "must be 64", "72-byte MobileClientDelete");
        Reject(WithU8(kAnchorUpdate, 0, 9), "must be 64", "72-byte MobileAnchorUpdateAck");

        // MobileAnnounce fields.
        Reject(WithU8(kAnnounce, 68, 0), "SSID", "announce SSID length 0");
        Reject(WithU8(kAnnounce, 68, 33), "SSID", "announce SSID length 33");
        Reject(WithU8(kAnnounce, 68, 255), "SSID", "announce SSID length 255");
        NS_TEST_EXPECT_MSG_EQ(Decodes(WithU8(kAnnounce, 68, 32)), true, "SSID length 32");
        for (uint8_t pem : {1, 5, 6, 8, 19, 21, 255})
        {
            Reject(WithU8(kAnnounce, 107, pem), "PEM", "announce PEM " + std::to_string(pem));
        }
        for (uint8_t pem : {0, 2, 3, 4, 7, 20})
        {
            NS_TEST_EXPECT_MSG_EQ(Decodes(WithU8(kAnnounce, 107, pem)), true, "PEM " << +pem);
        }

        // MobileHandoff fields.
        struct Case
        {
            std::size_t offset; //!< where
            uint8_t value;      //!< what
            const char* reason; //!< expected reason fragment
        };

        const std::vector<Case> bad = {
            {80, 0, "code"},
            {80, 3, "code"},
            {81, 0, "role"},
            {81, 4, "role"},
            {86, 0, "SSID"},
            {86, 33, "SSID"},
            {119, 33, "profile name"},
            {119, 200, "profile name"},
            {152, 33, "interface name"},
            {215, 1, "PEM"},
            {215, 21, "PEM"},
            {216, 2, "NAC"},
            {217, 2, "security policy"},
            {218, 2, "policy type"},
            {219, 6, "key management"},
            {220, 2, "cipher"},
            {275, 0x80, "connected since"},
            {287, 17, "rates"},
            {287, 255, "rates"},
            {304, 65, "username"},
            {304, 255, "username"},
            {373, 4, "QoS"},
            {374, 2, "WMM"},
            {377, 33, "ACL"},
            {410, 9, "IPv6"},
            {410, 255, "IPv6"},
        };
        for (const auto& c : bad)
        {
            Reject(WithU8(kHandoff, c.offset, c.value),
                   c.reason,
                   "handoff byte " + std::to_string(c.offset) + " = " + std::to_string(c.value));
        }
        const std::vector<Case> good = {
            {80, 2, ""},     {81, 3, ""},   {86, 32, ""},  {119, 32, ""}, {119, 0, ""},
            {152, 32, ""},   {152, 0, ""},  {215, 7, ""},  {216, 1, ""},  {217, 0, ""},
            {218, 0, ""},    {219, 5, ""},  {219, 0, ""},  {220, 0, ""},  {221, 25, ""},
            {275, 0x7f, ""}, {287, 16, ""}, {287, 0, ""},  {304, 64, ""}, {373, 0, ""},
            {374, 0, ""},    {375, 7, ""},  {377, 32, ""}, {410, 8, ""},  {410, 0, ""},
            {82, 255, ""},
        };
        for (const auto& c : good)
        {
            NS_TEST_EXPECT_MSG_EQ(Rejection(WithU8(kHandoff, c.offset, c.value)),
                                  "",
                                  "handoff byte " << c.offset << " = " << +c.value);
        }
        Reject(WithU32(kHandoff, 195, 0xfffffff1), "client netmask", "client netmask holes");
        Reject(WithU32(kHandoff, 195, 0x0000ffff), "client netmask", "client netmask inverted");

        // Ack status.
        Reject(WithU8(kHandoffAck, 60, 2), "status", "handoff ack status 2");
        Reject(WithU8(kAnchorUpdateAck, 60, 255), "status", "anchor update ack status 255");
        NS_TEST_EXPECT_MSG_EQ(Decodes(WithU8(kHandoffAck, 61, 255)), true, "any reason");

        // Empty input and the bare header.
        Reject({}, "shorter than the 56-byte header", "empty");
        Reject(std::vector<uint8_t>(kAnnounce.begin(), kAnnounce.begin() + 55),
               "shorter",
               "55 bytes");
        Reject(WithU16(std::vector<uint8_t>(kAnnounce.begin(), kAnnounce.begin() + 56), 12, 56),
               "must be 116",
               "header only");
    }
};

/// Random corruption never crashes; what decodes re-encodes and decodes again.
class MobilityFuzzTestCase : public TestCase
{
  public:
    MobilityFuzzTestCase()
        : TestCase("Random byte flips and random datagrams never crash the decoder")
    {
    }

  private:
    void DoRun() override
    {
        std::mt19937 rng(16666);
        std::size_t accepted = 0;
        std::size_t rejected = 0;
        for (const auto& image : AllImages())
        {
            for (int iteration = 0; iteration < 3000; ++iteration)
            {
                std::vector<uint8_t> bytes = image;
                int flips = 1 + static_cast<int>(rng() % 4);
                for (int f = 0; f < flips; ++f)
                {
                    bytes[rng() % bytes.size()] ^= static_cast<uint8_t>(1 + rng() % 255);
                }
                if (rng() % 8 == 0)
                {
                    bytes.resize(rng() % (bytes.size() + 8));
                }
                MobilityMessage m;
                std::string why;
                if (MobilityMessage::Decode(bytes, m, why))
                {
                    ++accepted;
                    // Whatever the decoder accepts, the encoder can write (it would abort
                    // otherwise), and it decodes to the same image again.
                    std::vector<uint8_t> again = m.Encode();
                    NS_TEST_EXPECT_MSG_EQ(again.size(), bytes.size(), "re-encoded size");
                    MobilityMessage m2;
                    NS_TEST_EXPECT_MSG_EQ(MobilityMessage::Decode(again, m2, why), true, why);
                    NS_TEST_EXPECT_MSG_EQ(HexString(m2.Encode()), HexString(again), "stable");
                }
                else
                {
                    ++rejected;
                    NS_TEST_EXPECT_MSG_NE(why, "", "a reason");
                }
            }
        }
        for (int iteration = 0; iteration < 5000; ++iteration)
        {
            std::vector<uint8_t> bytes(rng() % 600);
            for (auto& b : bytes)
            {
                b = static_cast<uint8_t>(rng());
            }
            if (bytes.size() >= 4 && rng() % 2 == 0)
            {
                // make it likelier to reach the body checks
                bytes[0] = AllImages()[rng() % 8][0];
                bytes[2] = 1;
                std::size_t size = MobilityMessageSize(bytes[0]);
                bytes.resize(size);
                bytes[12] = static_cast<uint8_t>(size >> 8);
                bytes[13] = static_cast<uint8_t>(size);
                bytes[52] = bytes[53] = bytes[54] = 0xff;
                bytes[55] = 0;
            }
            MobilityMessage m;
            std::string why;
            if (MobilityMessage::Decode(bytes, m, why))
            {
                ++accepted;
                NS_TEST_EXPECT_MSG_EQ(m.Encode().size(), bytes.size(), "re-encoded size");
            }
            else
            {
                ++rejected;
            }
        }
        // Both outcomes must occur, or the corruption does not exercise the decoder.
        NS_TEST_EXPECT_MSG_GT(accepted, 100u, "some corrupted messages are still valid");
        NS_TEST_EXPECT_MSG_GT(rejected, 100u, "most are rejected");
    }
};

/// The suite.
class MobilityMessageTestSuite : public TestSuite
{
  public:
    MobilityMessageTestSuite()
        : TestSuite("wlc-mobility-message", WLC_TEST_UNIT)
    {
        AddTestCase(new MobilityBasicsTestCase, WLC_TEST_QUICK);
        AddTestCase(new MobilityImageTestCase, WLC_TEST_QUICK);
        AddTestCase(new MobilityDebugTestCase, WLC_TEST_QUICK);
        AddTestCase(new MobilityMalformedTestCase, WLC_TEST_QUICK);
        AddTestCase(new MobilityFuzzTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
MobilityMessageTestSuite g_mobilityMessageTestSuite;

} // namespace
} // namespace ns3
