/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CONFIG_H
#define WLC_CONFIG_H

#include "ns3/ipv4-address.h"
#include "ns3/net-device.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * Layer 2 security of a WLAN.
 */
enum class WlanSecurity : uint8_t
{
    OPEN,     //!< no Layer 2 security
    WPA2_PSK, //!< WPA2 with a pre-shared key and CCMP: the 4-way handshake at every association
    /// WPA2-Enterprise: 802.1X (EAP relayed to a RADIUS server), then the 4-way handshake;
    /// with PMK caching (Wlan::pmkCaching) a client that offers the PMKID of a cached PMK skips
    /// the EAP exchange
    WPA2_8021X,
};

/// \param security a WLAN security \return its name ("Open", "WPA2-PSK", "WPA2-802.1X")
std::string WlanSecurityName(WlanSecurity security);

/**
 * \ingroup wlc
 * A controller interface (`config interface`): the management interface or a dynamic interface
 * onto which WLANs bridge their clients. Each interface has its own wired port, on the VLAN's
 * segment.
 */
struct WlcInterface
{
    std::string name;                           //!< interface name ("management", "intanchor", ...)
    uint16_t vlan{0};                           //!< VLAN id
    Ipv4Address address;                        //!< the controller's address on the interface
    Ipv4Mask mask;                              //!< its mask
    Ipv4Address gateway{Ipv4Address::GetAny()}; //!< the VLAN's default gateway
    Ptr<NetDevice> port;                        //!< the controller's device on the VLAN
};

/**
 * \ingroup wlc
 * A WLAN (`config wlan`): id, SSID, security and the interface its clients are bridged onto.
 */
struct Wlan
{
    uint8_t id{0};                             //!< WLAN id (1..512 on AireOS; 1..16 here)
    std::string profileName;                   //!< profile name
    std::string ssid;                          //!< SSID
    std::string interfaceName;                 //!< interface of its clients
    WlanSecurity security{WlanSecurity::OPEN}; //!< Layer 2 security
    std::string passphrase;                    //!< WPA2-PSK passphrase
    std::vector<uint8_t> pmk;                  //!< PMK derived from passphrase and SSID
    /// WPA2-802.1X: accept a PMKID of a cached PMK (PMKSA caching and opportunistic key
    /// caching, OKC) instead of a new EAP exchange; AireOS enables both by default
    bool pmkCaching{true};
    /// 802.11r Fast BSS Transition over the air (AireOS `config wlan security ft enable`):
    /// clients that offer the FT AKM of the WLAN's security (FT-PSK, FT-802.1X) make an FT
    /// initial mobility domain association and roam with FT; other clients keep the plain AKM,
    /// as AireOS's adaptive FT does
    bool fastTransition{false};
    /// MDID of the WLAN's mobility domain (low byte first on the wire; hostapd's sample a1b2)
    uint16_t mobilityDomain{0xb2a1};
    /// reassociation deadline the R1KH gives in FT Authentication, in TUs (hostapd default)
    uint32_t ftReassociationDeadlineTu{1000};
};

} // namespace ns3

#endif /* WLC_CONFIG_H */
