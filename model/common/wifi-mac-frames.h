/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WIFI_MAC_FRAMES_H
#define WLC_WIFI_MAC_FRAMES_H

#include "ns3/callback.h"
#include "ns3/mac-rx-middle.h"
#include "ns3/mac48-address.h"
#include "ns3/ptr.h"
#include "ns3/wifi-mac-header.h"
#include "ns3/wifi-mac.h"

#include <cstdint>
#include <functional>
#include <vector>

/**
 * \file
 * \ingroup wlc
 * Management frames that ns-3's own Wi-Fi MACs do not handle (802.11 Authentication, which
 * ns-3 3.37 to 3.48 stop the simulation on), for the module's MAC subclasses: a filter between
 * the MAC's receive middle and WifiMac::Receive, and a way to queue such frames.
 */

namespace ns3
{

class WifiMpdu;

namespace wlcmac
{

/// Told of a management frame taken out of a MAC's receive path: sender, BSSID, body.
using ManagementRxCallback =
    Callback<void, Mac48Address, Mac48Address, const std::vector<uint8_t>&>;

/**
 * Wraps the MAC's own Receive for every frame the filter passes on: it is given the frame and
 * a function that hands it to the MAC (call it exactly once, synchronously).
 */
using ReceiveWrapper =
    std::function<void(Ptr<const WifiMpdu> mpdu, const std::function<void()>& receive)>;

/**
 * Put a filter in front of a MAC's receive path: Authentication frames addressed to the MAC go
 * to \p callback, every other frame to the MAC's own Receive, as before (through \p wrapper if
 * one is given). Call it from the constructor of a WifiMac subclass (WifiMac's constructor
 * binds the receive middle to WifiMac::Receive, and nothing rebinds it later).
 * \param mac the MAC (the subclass's this)
 * \param rxMiddle the MAC's receive middle (WifiMac::m_rxMiddle)
 * \param callback where Authentication frames go
 * \param wrapper called around the MAC's Receive for every other frame (may be empty)
 */
void InstallAuthenticationFilter(WifiMac* mac,
                                 Ptr<MacRxMiddle> rxMiddle,
                                 ManagementRxCallback callback,
                                 ReceiveWrapper wrapper = nullptr);

/// \param type an ns-3 management frame type
/// \return its 802.11 subtype (Frame Control bits 4-7), 0xff for any other frame type
uint8_t ManagementSubtype(WifiMacType type);

/// \param mac a MAC \return the queues of its DCF and EDCA functions
std::vector<Ptr<WifiMacQueue>> GetQueues(Ptr<const WifiMac> mac);

/**
 * Replace a management frame that waits in one of the MAC's queues by the same frame with
 * \p elements appended to its body.
 * \param mac the MAC \param mpdu the queued frame \param elements what to append
 * \return false if the frame has left the queue or is being sent (it cannot change any more)
 */
bool AppendToQueued(Ptr<WifiMac> mac,
                    Ptr<const WifiMpdu> mpdu,
                    const std::vector<uint8_t>& elements);

/**
 * Queue an Authentication frame (on AC_VO for a QoS MAC, as 802.11-2020 10.2.3.2 puts
 * management frames, else on the DCF).
 * \param mac the MAC \param to the receiver \param bssid the BSSID (Address 3)
 * \param body the frame body (Authentication Algorithm Number onwards)
 */
void QueueAuthentication(Ptr<WifiMac> mac,
                         Mac48Address to,
                         Mac48Address bssid,
                         const std::vector<uint8_t>& body);

} // namespace wlcmac
} // namespace ns3

#endif /* WLC_WIFI_MAC_FRAMES_H */
