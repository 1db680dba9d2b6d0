/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_AP_WIFI_MAC_H
#define WLC_AP_WIFI_MAC_H

#include "ns3/ap-wifi-mac.h"
#include "ns3/mac48-address.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * An ns-3 ApWifiMac with what 802.11r Fast BSS Transition over the air needs at the AP.
 *
 * - Authentication frames, which ns-3's own MAC stops the simulation on: received ones are
 *   traced (AuthenticationReceived) instead of reaching ApWifiMac; SendAuthentication() queues
 *   one.
 * - Elements in responses: for each Probe, Association or Reassociation Request, the
 *   ResponseElementsCallback may return elements (the MDE, the FTE), which are appended to the
 *   response ApWifiMac queues for it before it can be sent. ns-3 queues that response while it
 *   handles the request, right after a reception, when channel access cannot have been granted.
 * - Elements in Beacons (SetBeaconElements: the MDE): appended to each Beacon ApWifiMac queues.
 *   ns-3 grants a Beacon channel access inside the call that queues it when the medium has been
 *   idle for a PIFS; the MAC then sets a NAV of zero length first, so that the grant comes one
 *   PIFS (SIFS + one slot) later, once the elements are in. Such a Beacon leaves a PIFS later
 *   than ns-3's own would; a Beacon that could not be changed is traced (ResponseElementsLost).
 *
 * Everything else is ApWifiMac's. WtpRadio uses these when the WLAN has Fast Transition on.
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

    /**
     * Elements for the response to a request.
     * \param station the requesting station
     * \param requestType the request (WIFI_MAC_MGT_PROBE_REQUEST, _ASSOCIATION_REQUEST or
     *        _REASSOCIATION_REQUEST)
     * \param requestBody the request's body
     * \return the elements to append to the response (empty: none)
     */
    using ResponseElementsCallback =
        std::function<std::vector<uint8_t>(Mac48Address station,
                                           WifiMacType requestType,
                                           const std::vector<uint8_t>& requestBody)>;
    /**
     * Signature of the ResponseElementsLost trace.
     * \param station the station \param responseType the response that went without them
     */
    using ElementsLostTracedCallback = void (*)(Mac48Address station, WifiMacType responseType);

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
    /// \param callback the elements for responses (nullptr: none)
    void SetResponseElementsCallback(ResponseElementsCallback callback);
    /// \param elements whole elements to append to every Beacon (empty: none)
    void SetBeaconElements(const std::vector<uint8_t>& elements);

  private:
    /**
     * Around ApWifiMac's Receive: asks for response elements and appends them to the response
     * queued meanwhile. \param mpdu the frame \param receive hands it to ApWifiMac
     */
    void AroundReceive(Ptr<const WifiMpdu> mpdu, const std::function<void()>& receive);
    /// A frame entered a queue. \param mpdu the frame
    void Enqueued(Ptr<const WifiMpdu> mpdu);
    /// A Beacon entered the beacon queue. \param mpdu the Beacon
    void BeaconEnqueued(Ptr<const WifiMpdu> mpdu);
    /// Append the Beacon elements to a queued Beacon. \param beacon the Beacon
    void AppendBeaconElements(Ptr<const WifiMpdu> beacon);

    /// An Authentication frame arrived. \param from the sender \param bssid its Address 3
    /// \param body its body
    void AuthenticationReceived(Mac48Address from,
                                Mac48Address bssid,
                                const std::vector<uint8_t>& body);

    TracedCallback<Mac48Address, const std::vector<uint8_t>&> m_authTrace; //!< received
    TracedCallback<Mac48Address, WifiMacType> m_lostTrace; //!< responses sent without elements
    ResponseElementsCallback m_responseElements;           //!< elements for responses
    bool m_tracesConnected{false};                         //!< queue traces connected
    bool m_capturing{false};                               //!< inside ApWifiMac's Receive
    Mac48Address m_captureFor;                             //!< station of the request
    Ptr<const WifiMpdu> m_captured;                        //!< the response ApWifiMac queued
    std::vector<uint8_t> m_beaconElements;                 //!< elements for Beacons
    bool m_beaconTraceConnected{false};                    //!< beacon queue trace connected
    bool m_replacingBeacon{false};                         //!< inside AppendBeaconElements
};

} // namespace ns3

#endif /* WLC_AP_WIFI_MAC_H */
