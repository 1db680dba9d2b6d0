/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CLIENT_ENTRY_H
#define WLC_CLIENT_ENTRY_H

#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * Policy manager (PEM) state of a client, with the numbers a Cisco controller prints
 * ("RUN (20)"). Until RUN, only the frames of the current step pass the controller.
 */
enum class PemState : uint8_t
{
    START = 0,          //!< associated, nothing else done
    AUTHCHECK = 2,      //!< checking which Layer 2 security the WLAN needs
    DOT1X_REQD = 3,     //!< waiting for the Layer 2 key exchange (printed 8021X_REQD)
    L2AUTHCOMPLETE = 4, //!< Layer 2 security done
    DHCP_REQD = 7,      //!< waiting for the client's DHCP address
    RUN = 20,           //!< all traffic passes
};

/// \param state a PEM state \return its name as a Cisco controller prints it
std::string PemStateName(PemState state);

/**
 * \ingroup wlc
 * Mobility role of a client entry on one controller.
 */
enum class MobilityRole : uint8_t
{
    LOCAL,   //!< the client is associated here and its traffic is bridged here
    ANCHOR,  //!< the client moved to another controller; its traffic still enters here
    FOREIGN, //!< the client is associated here; its home (anchor) is another controller
};

/// \param role a mobility role \return "Local", "Anchor" or "Foreign"
std::string MobilityRoleName(MobilityRole role);

/**
 * \ingroup wlc
 * One client in a controller's client database: what `show client detail` prints.
 */
struct ClientEntry
{
    Mac48Address mac;                        //!< client MAC address
    Mac48Address apMac;                      //!< Ethernet MAC of the AP it is associated with
    std::string apName;                      //!< name of that AP ("N/A" when none)
    Ipv4Address apIp{Ipv4Address::GetAny()}; //!< IP address of that AP
    uint8_t radioId{0};                      //!< radio of the AP
    uint8_t wlanId{0};                       //!< WLAN id
    Mac48Address bssid;                      //!< BSSID the client is associated with
    uint16_t channel{0};                     //!< channel number (0: N/A)
    uint16_t associationId{0};               //!< 802.11 association id
    std::string protocol;                    //!< "802.11a", "802.11g", "802.11n(5 GHz)", ...
    std::vector<double> supportedRates;      //!< rates of the association request, Mb/s
    bool wmm{false};                         //!< the client announced QoS (WMM/HT) support
    Ipv4Address ip{Ipv4Address::GetAny()};   //!< client address, 0.0.0.0 until learned
    PemState pemState{PemState::START};      //!< policy manager state
    bool securityPolicyCompleted{false};     //!< Layer 2 security done
    std::string policyType{"None"};          //!< "WPA2" or "None"
    std::string keyManagement{"None"};       //!< "PSK", "802.1X" or "None"
    std::string cipher{"None"};              //!< "CCMP (AES)" or "None"
    std::string eapType{"Unknown"};          //!< EAP method, with 802.1X key management
    std::string username;                    //!< 802.1X identity (empty: N/A)
    std::string interfaceName;               //!< controller interface the client is bridged on
    uint16_t vlan{0};                        //!< VLAN of that interface
    uint16_t accessVlan{0};                  //!< VLAN of the client's home interface
    MobilityRole mobilityRole{MobilityRole::LOCAL}; //!< Local, Anchor or Foreign
    Ipv4Address mobilityPeer{
        Ipv4Address::GetAny()};  //!< anchor's (Foreign) or foreign's (Anchor) address
    uint32_t moveCount{0};       //!< inter-controller moves
    bool mobilityPending{false}; //!< an announce for the client is waiting for an answer
    Mac48Address homeGatewayMac; //!< MAC of the default gateway of the client's home VLAN
    Time connectedSince;         //!< when the client first associated here
    Time associatedAt;           //!< when the current association was seen
};

/// Print a one-line summary of an entry. \param os the stream \param entry the entry
/// \return the stream
std::ostream& operator<<(std::ostream& os, const ClientEntry& entry);

} // namespace ns3

#endif /* WLC_CLIENT_ENTRY_H */
