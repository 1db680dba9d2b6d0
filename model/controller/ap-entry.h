/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_AP_ENTRY_H
#define WLC_AP_ENTRY_H

#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"

#include <array>
#include <cstdint>
#include <string>

namespace ns3
{

/**
 * \ingroup wlc
 * CAPWAP state of an AP's session, as the controller sees it (RFC 5415 §2.3).
 */
enum class ApSessionState : uint8_t
{
    JOIN,       //!< Join Response sent, waiting for Configuration Status Request
    CONFIGURE,  //!< configured, waiting for Change State Event Request
    DATA_CHECK, //!< waiting for the first data channel keep-alive
    RUN,        //!< session up: clients may associate
};

/// \param state a session state \return its RFC 5415 name
std::string ApSessionStateName(ApSessionState state);

/**
 * \ingroup wlc
 * One joined AP in a controller's AP table: what `show ap summary` prints and what the
 * controller needs to reach the AP.
 */
struct ApEntry
{
    std::string name;                      //!< AP name (WTP Name element)
    Mac48Address ethernetMac;              //!< the AP's wired MAC (WTP Board Data base MAC)
    Mac48Address radioMac;                 //!< BSSID of radio 1 (Assigned WTP BSSID)
    Ipv4Address ip{Ipv4Address::GetAny()}; //!< the AP's address
    uint16_t controlPort{0};               //!< the AP's control channel UDP port
    uint16_t dataPort{0};                  //!< the AP's data channel UDP port, 0 until known
    std::string model;                     //!< WTP Model Number
    std::string serial;                    //!< WTP Serial Number
    std::string location;                  //!< Location Data
    uint8_t radios{1};                     //!< radios in use
    uint16_t channel{0};                   //!< operating channel of radio 1
    uint32_t radioType{0};                 //!< IEEE 802.11 radio type bits of radio 1 (RFC 5416)
    std::array<uint8_t, 16> sessionId{};   //!< Session ID of the join
    ApSessionState state{ApSessionState::JOIN}; //!< session state
    Time joinedAt;                              //!< when the Join Response was sent
    Time lastHeard;                             //!< last control message from the AP
};

} // namespace ns3

#endif /* WLC_AP_ENTRY_H */
