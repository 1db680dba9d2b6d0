/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_AP_WIFI_MAC_H
#define WLC_AP_WIFI_MAC_H

#include "ns3/ap-wifi-mac.h"
#include "ns3/mac48-address.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * An ns-3 ApWifiMac that can exchange 802.11 Authentication frames, which ns-3's own MAC stops
 * the simulation on: received ones are traced (AuthenticationReceived) instead of reaching
 * ApWifiMac, SendAuthentication() queues one. Everything else is ApWifiMac's. This is what
 * 802.11r Fast BSS Transition over the air needs at the AP; nothing in the module uses it yet.
 */
class WlcApWifiMac : public ApWifiMac
{
  public:
    /**
     * Signature of the AuthenticationReceived trace.
     * \param from the station \param body the frame body
     */
    using AuthenticationTracedCallback = void (*)(Mac48Address from,
                                                  const std::vector<uint8_t>& body);

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcApWifiMac();
    ~WlcApWifiMac() override;
    WlcApWifiMac(const WlcApWifiMac&) = delete;
    WlcApWifiMac& operator=(const WlcApWifiMac&) = delete;

    /**
     * Queue an Authentication frame to a station.
     * \param to the station \param body the body (Authentication Algorithm Number onwards)
     */
    void SendAuthentication(Mac48Address to, const std::vector<uint8_t>& body);

  private:
    /// An Authentication frame arrived. \param from the sender \param bssid its Address 3
    /// \param body its body
    void AuthenticationReceived(Mac48Address from,
                                Mac48Address bssid,
                                const std::vector<uint8_t>& body);

    TracedCallback<Mac48Address, const std::vector<uint8_t>&> m_authTrace; //!< received
};

} // namespace ns3

#endif /* WLC_AP_WIFI_MAC_H */
