/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_SUPPLICANT_H
#define WLC_WPA_SUPPLICANT_H

#include "controlled-port-net-device.h"

#include "ns3/eap-peer-sm.h"
#include "ns3/event-id.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"
#include "ns3/wpa-ft-client.h"
#include "ns3/wpa-supplicant-sm.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
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
 *
 * With WPA2-802.1X (SetEnterpriseCredentials) the supplicant is the EAP peer: it answers the
 * controller's EAP-Requests (Identity, then the RADIUS server's method; EapPeerSm), each after
 * `EapResponseDelay`, and takes the first 256 bits of the MSK as the PMK of the 4-way handshake
 * that follows. The PMK is kept: with `Okc` (opportunistic key caching) a station with a
 * WlcStaWifiMac offers, in the RSN element of its Reassociation Request, the PMKID of that PMK
 * for the new AP; a controller that knows the PMK then skips the EAP exchange.
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
    /**
     * Signature of the EapCompleted trace.
     * \param bssid the AP \param duration from association to EAP-Success
     */
    using EapCompletedTracedCallback = void (*)(Mac48Address bssid, Time duration);
    /**
     * Signature of the Drop trace.
     * \param packet the frame body not acted on \param reason why
     */
    using DropTracedCallback = void (*)(Ptr<const Packet> packet, const std::string& reason);

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
    /**
     * Make this a WPA2-802.1X client (call after Setup, with an empty passphrase there).
     * \param identity the EAP identity (RADIUS User-Name)
     * \param password the credential the RADIUS server knows for it
     */
    void SetEnterpriseCredentials(const std::string& identity, const std::string& password);
    /// \return true if the client holds a PMK from an earlier 802.1X authentication
    bool HasCachedPmk() const;
    /// \return true for a WPA2-802.1X client
    bool IsEnterprise() const;
    /// \return true for an open-network client (no passphrase, no 802.1X)
    bool IsOpen() const;
    /// \return the controlled port
    Ptr<ControlledPortNetDevice> GetPort() const;
    /// \return the current handshake, or nullptr (for its frame records)
    const WpaSupplicantSm* GetHandshake() const;
    /// \return the 802.11r state (nullptr unless FastTransition is on and the WLAN secured)
    const WpaFtClient* GetFastTransition() const;
    /// \return the frames not acted on (Drop trace: EAPOL, EAP, 802.11r), by reason
    const std::map<std::string, uint64_t>& GetDrops() const;
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
    /// An EAP packet arrived from the AP. \param eap the EAP packet
    void ReceiveEap(const std::vector<uint8_t>& eap);
    /// EAP succeeded: keep the PMK, expect the 4-way handshake. \param msk the MSK
    void EapSucceeded(const std::vector<uint8_t>& msk);
    /// Send an EAP packet to the AP. \param eap the EAP packet
    void SendEap(const std::vector<uint8_t>& eap);
    /// Prepare the 4-way handshake with a PMK. \param pmk the PMK
    void ExpectFourWay(const std::vector<uint8_t>& pmk);
    /// \param size bytes \return random bytes
    std::vector<uint8_t> RandomBytes(std::size_t size);
    /// \return the 802.11r state, created at the first call (nullptr: FT is off)
    WpaFtClient* Ft();
    /**
     * Elements for a (Re)Association Request (WlcStaWifiMac's RsnElementCallback).
     * \param bssid the AP \param reassociation a Reassociation Request
     * \return the RSNE (and for 802.11r the MDE and FTE) to append
     */
    std::vector<uint8_t> RequestElements(Mac48Address bssid, bool reassociation);
    /// A response reached the station. \param bssid the AP \param type its type \param body it
    void ResponseReceived(Mac48Address bssid, WifiMacType type, const std::vector<uint8_t>& body);
    /**
     * The step before each join (WlcAssocManager's JoinGate): an FT Authentication first when
     * the client can roam to the AP with 802.11r.
     * \param bssid the AP \param currentAp the AP left \param proceed sends the request
     */
    void BeforeJoin(Mac48Address bssid,
                    std::optional<Mac48Address> currentAp,
                    std::function<void()> proceed);
    /// Send (or resend) the FT Authentication Request, or give up after the last attempt.
    void SendFtAuthentication();
    /// An Authentication frame arrived. \param from the AP \param body its body
    void AuthenticationReceived(Mac48Address from, const std::vector<uint8_t>& body);
    /// Install the join gate on the roaming manager's scanner (once).
    void InstallJoinGate();
    /// Count and trace a frame not acted on. \param body its body \param reason why
    void Drop(const std::vector<uint8_t>& body, const std::string& reason);
    /**
     * The RSN element of a Reassociation Request (WlcStaWifiMac): with OKC and a cached PMK,
     * the PMKID of that PMK for the new AP. \param bssid the new AP \return the element
     */
    std::vector<uint8_t> ReassociationRsnElement(Mac48Address bssid);

    Ptr<WifiNetDevice> m_station;              //!< the Wi-Fi device
    Ptr<ControlledPortNetDevice> m_port;       //!< the controlled port
    std::vector<uint8_t> m_pmk;                //!< PMK (empty: open network)
    bool m_enterprise{false};                  //!< WPA2-802.1X
    std::string m_identity;                    //!< EAP identity
    std::string m_password;                    //!< EAP credential
    bool m_okc{false};                         //!< offer cached PMKIDs
    Time m_eapResponseDelay;                   //!< time to compute an EAP response
    std::unique_ptr<EapPeerSm> m_peer;         //!< current EAP exchange
    EventId m_eapSend;                         //!< pending EAP response
    std::vector<uint8_t> m_offeredRsn;         //!< elements of the last request
    Mac48Address m_offeredTo;                  //!< AP that request went to
    Mac48Address m_bssid;                      //!< current AP
    Time m_associatedAt;                       //!< when the current association started
    std::unique_ptr<WpaSupplicantSm> m_sm;     //!< current handshake
    Ptr<UniformRandomVariable> m_random;       //!< SNonces
    std::string m_ssid;                        //!< the SSID (FT key derivation)
    bool m_fastTransition{false};              //!< use 802.11r with FT APs
    Time m_ftTimeout;                          //!< FT Authentication timeout
    uint32_t m_ftAttempts{3};                  //!< FT Authentication attempts
    std::unique_ptr<WpaFtClient> m_ft;         //!< 802.11r state
    std::vector<uint8_t> m_xxKey;              //!< FT XXKey (PSK or MSK half)
    bool m_joinGateInstalled{false};           //!< join gate in place
    std::function<void()> m_ftProceed;         //!< the join waiting for FT
    uint32_t m_ftSent{0};                      //!< FT Authentication attempts made
    std::vector<uint8_t> m_ftRequest;          //!< the FT Authentication Request
    EventId m_ftTimer;                         //!< FT Authentication timeout
    Time m_ftStarted;                          //!< when the FT roam started
    std::optional<Mac48Address> m_ftInstalled; //!< FT roam keys for this AP
    bool m_ftInitial{false}; //!< this association is an FT initial mobility domain association
    TracedCallback<Mac48Address, Time> m_ftCompletedTrace;             //!< FT roams done
    TracedCallback<Mac48Address, const std::string&> m_ftFailedTrace;  //!< FT roams failed
    TracedCallback<Mac48Address, Time> m_completedTrace;               //!< completions
    TracedCallback<Mac48Address, const std::string&> m_failedTrace;    //!< failures
    TracedCallback<Mac48Address, Time> m_eapCompletedTrace;            //!< EAP successes
    TracedCallback<Mac48Address, const std::string&> m_eapFailedTrace; //!< EAP failures
    std::map<std::string, uint64_t> m_drops;                           //!< drops by reason
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< drops
};

} // namespace ns3

#endif /* WLC_WPA_SUPPLICANT_H */
