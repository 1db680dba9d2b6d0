/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_SUPPLICANT_H
#define WLC_WPA_SUPPLICANT_H

#include "controlled-port-net-device.h"

#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"
#include "ns3/wpa-supplicant-sm.h"

#include <memory>
#include <string>
#include <vector>

namespace ns3
{

class UniformRandomVariable;
class WifiNetDevice;

/**
 * \ingroup wlc
 * A Wi-Fi client's supplicant: it owns the client's controlled port and opens it when the
 * client may use the network.
 *
 * With an open WLAN the port is authorized at association. With WPA2-PSK the supplicant answers
 * the authenticator's 4-way handshake (EAPOL-Key frames on the uncontrolled port, with a random
 * SNonce per handshake) and authorizes the port when the keys are installed. Losing the
 * association unauthorizes the port; every new association runs the handshake again.
 */
class WpaSupplicant : public Object
{
  public:
    /**
     * Signature of the HandshakeCompleted trace.
     * \param bssid the AP \param duration from association to message 4
     */
    using CompletedTracedCallback = void (*)(Mac48Address bssid, Time duration);
    /**
     * Signature of the HandshakeFailed trace.
     * \param bssid the AP \param reason why
     */
    using FailedTracedCallback = void (*)(Mac48Address bssid, const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    WpaSupplicant();
    ~WpaSupplicant() override;
    WpaSupplicant(const WpaSupplicant&) = delete;
    WpaSupplicant& operator=(const WpaSupplicant&) = delete;

    /**
     * Attach to a station.
     * \param station the client's Wi-Fi device (StaWifiMac)
     * \param port its controlled port
     * \param ssid the network's SSID
     * \param passphrase the WPA2 passphrase (or 64 hex digits); empty for an open network
     */
    void Setup(Ptr<WifiNetDevice> station,
               Ptr<ControlledPortNetDevice> port,
               const std::string& ssid,
               const std::string& passphrase);
    /// \return the controlled port
    Ptr<ControlledPortNetDevice> GetPort() const;
    /// \return the current handshake, or nullptr (for its frame records)
    const WpaSupplicantSm* GetHandshake() const;
    /**
     * Assign fixed random streams.
     * \param stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    /// The station associated. \param bssid the AP
    void Associated(Mac48Address bssid);
    /// The station lost its association. \param bssid the AP
    void Disassociated(Mac48Address bssid);
    /// An EAPOL frame arrived. \param eapol the frame \param from the sender
    void ReceiveEapol(Ptr<const Packet> eapol, Mac48Address from);

    Ptr<WifiNetDevice> m_station;                        //!< the Wi-Fi device
    Ptr<ControlledPortNetDevice> m_port;                 //!< the controlled port
    std::vector<uint8_t> m_pmk;                          //!< PMK (empty: open network)
    Mac48Address m_bssid;                                //!< current AP
    Time m_associatedAt;                                 //!< when the current association started
    std::unique_ptr<WpaSupplicantSm> m_sm;               //!< current handshake
    Ptr<UniformRandomVariable> m_random;                 //!< SNonces
    TracedCallback<Mac48Address, Time> m_completedTrace; //!< completions
    TracedCallback<Mac48Address, const std::string&> m_failedTrace; //!< failures
};

} // namespace ns3

#endif /* WLC_WPA_SUPPLICANT_H */
